"""Common given names: the evidence that a credit such as "Emily Post" or "Sid Perkins" names a person.

Why: a writer's family name may be an organisation's word ("Gil Press", "Emily Post", "Robert Service"),
and a given name may be one too ("Sid", the German sports agency's acronym). Nothing in the two words'
shapes tells "Emily Post" from "Washington Post"; a given name opening the credit does
(:func:`archiver.extract.signals.name_kind`). The list is ~2,600 common given names in the languages
whose bylines the extractor reads (English, Welsh, Irish, German, French, Spanish, Italian, Portuguese,
Dutch, Nordic, Slavic, Hungarian, Romanian, Baltic, Greek, Turkish, Arabic, Persian, Hebrew, African,
Indian, Indonesian, Vietnamese, Chinese, Korean and Japanese romanisations, and Cyrillic), written from
general knowledge of names, not from the benchmark's pages or labels; given names that are also places
or outlets' first words ("Jordan", "Dallas", "Virginia", "Georgia") are left out.

It is evidence FOR a person only: a name not listed is not thereby no person. Asking every printed
credit for a listed given name first (so as to send "By Deutsche Welle" to organisations) was measured
and dropped: on the dev pages it moved 31 right names of 32 out of the persons (review 14; see
:func:`archiver.extract.authors._outlet_credit`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

_NAMES = """
aaron abby abigail ada adam adele adrian adriana adrienne agatha agnes aidan aileen aimee alan alana albert alberta
alec alex alexa alexander alexandra alexandria alexis alfred alfie ali alice alicia alison alistair allan allen
allison alma alvin amanda amber amelia amy andrea andrew andy angela angelina angie anita ann anna annabel anne
annette annie anthony antonia april archie arnold arthur ash ashley aubrey audrey ava avery barbara barry
bart basil beatrice becky belinda ben benjamin bernard bernadette bert beth bethany betty beverly bill billy blake
bob bobby bonnie boris brad bradley brandon brenda brendan brent brett brian bridget brittany brooke bruce bryan
bryce byron caitlin caleb calvin cameron camilla candace cara carl carla carlos carly carmen carol caroline
carolyn carrie carter casey cassandra catherine cathy cecilia cecil celia chad charlene charles charlie charlotte
 chelsea cheryl chester chloe chris chrissy christian christina christine christopher christy cindy claire
clara clarence clark claudia clay clayton cliff clifford clint clive cody colin colleen connor conor constance
cora corey courtney craig cristina crystal curtis cynthia daisy dale damian damien dan dana daniel danielle
danny daphne darcy darla darlene darren darryl daryl dave david dawn dean deanna debbie deborah debra declan
deirdre delia denise dennis derek desmond diana diane dianne dick dolores dominic don donald donna doris dorothy
doug douglas drew duncan dustin dwight dylan earl ed eddie edgar edith edmund edna eduardo edward edwin eileen
elaine eleanor elena eli eliana elijah elisa elise eliza elizabeth ella ellen ellie elliot elliott eloise elsie
emily emma eric erica erik erin ernest esther ethan ethel eugene eva evan evelyn faith felicity felix fiona
 floyd frances francesca francis frank frankie fred freddie frederick gabriel gabrielle gail gareth garrett
gary gavin gemma gene geoffrey george georgina gerald geraldine gil gilbert gillian gina ginger glen glenda
glenn gloria gordon grace graham grant greg gregory gretchen guy gwen gwendolyn hailey hal haley hank hannah harold
harriet harrison harry harvey hayden hazel heath heather hector heidi helen helena henry herbert herman hilary
hillary holly hope howard hugh hugo ian ida imogen ingrid irene iris isaac isabel isabella isabelle ivan ivy jack
jackie jackson jacob jacqueline jade jake james jamie jan jane janet janice jared jasmine jason jay jean jeanette
jeanne jeff jeffrey jenna jennifer jenny jeremy jerome jerry jess jesse jessica jill jim jimmy jo joan joann joanna
joanne jocelyn jodi jody joe joel john johnny jon jonathan joseph josephine josh joshua joy joyce judith judy
julia julian juliana julie june justin kaitlyn kara karen kari karl kate katelyn katherine kathleen kathryn kathy
katie katrina kay kayla keith kelly kelsey ken kendra kenneth kenny kerry kevin kim kimberly kirk kirsten kit kristen
kristin kristina kristy kurt kyle lacey lana lance larry laura lauren laurence laurie lawrence leah lee leigh
lena leo leon leonard leslie lewis liam lillian lily linda lindsay lindsey linny lisa liz lloyd logan lois lorna lorraine
louis louise lucas lucia lucille lucy luke lydia lyle lynda lynn lynne mabel mackenzie madeleine madeline
maggie malcolm mandy marc marcia marcus margaret margo maria marian marianne marie marilyn marion marjorie mark
marsha marshall martha martin marty marvin mary mason matt matthew maud maureen maurice max maxine maxwell megan
meghan mel melanie melinda melissa melvin meredith mia michael michaela michele michelle mick mike mildred miles
millie milton mindy miranda miriam misty mitchell molly monica morgan muriel myra nadia nancy naomi natalie natasha
nathan nathaniel neal ned neil nelson nicholas nick nicky nicola nicole nigel nina noah noel nora norma norman
oliver olivia oscar owen paige pam pamela pat patricia patrick patsy patty paul paula pauline pearl peggy penelope
penny percy pete peter phil philip phillip phoebe phyllis pippa polly priscilla quentin quinn rachael rachel
ralph randall randy ray raymond rebecca rebekah reed reggie regina reginald rex rhonda rhys richard rick ricky
riley rita rob robbie robert roberta robin rod rodney roger roland ron ronald ronnie rory rosa rosalind rose
rosemary ross roxanne roy ruby rudy russell ruth ryan sabrina sadie sally sam samantha samuel sandra sandy sara
sarah scott sean selena seth shane shannon sharon shaun shawn sheila shelby shelley sheryl shirley sid sidney
simon sophia sophie spencer stacey stacy stan stanley stella stephanie stephen steve steven stewart stuart sue
 susan susie suzanne sylvia tamara tammy tania tanya tara ted teresa terence teri terry tess tessa theo
theodore theresa thomas tiffany tim timothy tina toby todd tom tommy toni tony tracey tracy travis trevor tricia
trisha troy tyler una valerie vanessa vera vernon veronica vicki vicky victor victoria vince vincent viola violet
 vivian wade walter wanda warren wayne wendy wesley whitney will william willie willis winifred winston
wyatt yvonne zach zachary zoe zoë
abe ainsley alfie amos annika arlo asher beau bella bianca blair bo brady brenna brody bryony callum carina
cassidy celeste ciara cillian ciaran clementine cole dara darius deacon delilah dexter eamon eamonn ezra fergus
finn finley freya gerry grady greta gus harper hattie hugh ira isla jago jonah jude kai kieran kiera lachlan lola
luca lyra maeve malachi mae margot matilda milo mira nell niamh oisin orla padraig paddy piper reuben ronan
rowan ruairi saoirse seamus shona sinead siobhan tadhg tobias una wren xavier zara
aled bryn caradog carys cerys dafydd dai delyth dewi dylan eirlys emrys evan geraint glyn gruffydd gwyn hywel
iestyn ieuan iolo llewellyn llinos llywelyn meirion morgan nia owain rhian rhodri sian sioned tegan trystan
# German, Austrian, Swiss
achim adolf agathe albrecht alois andrea andreas anja anke annegret annett annette anton antje armin arne arno
axel barbara bärbel benedikt benno bernd bernhard bettina birgit björn bodo brigitte burkhard carsten christa
christel christiane christoph christof claudia cornelia dagmar daniela detlef dieter dietmar dietrich dirk doris
dörte edeltraud egon ekkehard elfriede elke elisabeth ernst erwin eva ewald fabian felicitas florian franz
franziska frauke friedrich frieder fritz gabi gabriele gerd gerda gerhard gerlinde gernot gert gertrud gisela
götz gottfried gudrun günter günther gunnar gustav hanna hannelore hannes hans hansjörg harald hartmut heike
heiko heinrich heinz helga helmut helmuth henning herbert hermann hildegard holger horst hubert ilse ina ines
inge ingeborg ingo ingrid irmgard jan jana jens joachim jochen johanna johannes jonas jörg josef jürgen jutta
kai karin karl karsten katarina katharina kathrin katja kerstin klaus knut konrad kurt lars lena leni lieselotte
lothar ludwig lukas lutz manfred mareike marianne marion marlene markus marko martina mathias matthias maximilian
meike michaela monika nadine nicole niklas nils norbert olaf ole oliver otto pascal petra philipp rainer ralf
reinhard reinhold renate rene richard rita robert roland rolf rosemarie rüdiger rudolf sabine sandra sascha
sebastian siegfried sigrid silke simone sönke stefan stefanie steffen stephan susanne sven swantje sybille tanja
thilo thomas thorsten tilman tobias torsten udo ulf ulla ulrich ulrike ursula uta ute uwe valentin verena volker
waltraud walter werner wilfried wilhelm willi wolf wolfgang yvonne
# French, Belgian, Swiss, Canadian
adèle adrien agnès aimé alain albane alexandre alexis alice aline amandine amélie anaïs andré angélique anne-marie
annick antoine apolline armand arnaud audrey aurélie aurélien baptiste barthélemy benoît bernadette bertrand blanche
brigitte bruno camille capucine caroline catherine cécile céline chantal charles charlotte christelle christophe
claire clarisse claude clémence clément colette corentin corinne cyril cyrille damien daniel danielle delphine denis
didier dominique édouard éléonore élise élodie éloïse émile émilie emmanuel emmanuelle éric estelle étienne eugénie
fabien fabienne fabrice fanny félix florent francine franck françois françoise frédéric frédérique gaëlle gaëtan
gérard géraldine germaine ghislaine gilbert gilles grégoire guillaume guy hélène henri hervé hugues inès irène
isabelle jacqueline jacques jean jean-baptiste jean-claude jean-françois jean-louis jean-luc jean-marc jean-michel
jean-paul jean-pierre jeanne jérémie jérôme joël joëlle josé josette josiane julien juliette justine karine laetitia
laure laurence laurent léa léon léonie lionel loïc louis louise luc lucie lucien ludovic madeleine manon marc
marcel marguerite marie marie-claire marie-france marie-hélène marine marion marthe martine mathieu mathilde
matthieu maurice maxime mélanie michel micheline michèle mireille monique muriel mylène nadine nathalie nicolas
noël noémie océane odette odile olivier pascal pascale patrice patrick paul pauline philippe pierre pierre-yves
quentin raphaël raymond régis rémi rémy renaud rené romain rosalie sabine sandrine sébastien serge sévérine
simone solange sophie stéphane stéphanie suzanne sylvain sylvie thérèse thibault thibaut thierry timothée
valentin valérie véronique victor vincent virginie xavier yann yannick yves yvette
# Spanish, Latin American, Catalan
adela adolfo adriana agustín agustina alba alberto alejandra alejandro alfonso alfredo alicia alonso álvaro amparo
ana andrés ángel ángela ángeles antonio araceli arturo aurora beatriz begoña benito blanca borja camila carlos
carmen catalina cayetana celia césar concepción consuelo cristina daniela david diego dolores domingo
eduardo elena eloísa elvira emilio enrique esperanza esteban estefanía estela eugenia eva federico felipe
fernanda fernando francisco gabriela gerardo gloria gonzalo graciela guadalupe guillermo gustavo héctor hernán
hugo ignacio inés inmaculada irene isabel iván jaime javier jesús joaquín jordi jorge josé josefa josefina juan
juana julia julián julio laura leticia lorena lorenzo lourdes lucía luis luisa manuel manuela marcela marcos
margarita maría mariana mariano marina mario marta martín mateo mercedes miguel mireia mónica montserrat nacho
natalia nicolás nieves noelia nuria óscar pablo paloma patricia paula pedro pilar rafael ramón raquel raúl
ricardo roberto rocío rodrigo rosa rosario rubén salvador samuel santiago sara sergio silvia sofía soledad
susana teresa tomás valentina verónica vicente víctor xavier ximena yolanda
# Italian
achille ada adriano agnese alberto alda alessandra alessandro alessia alfonso alice alvise ambra andrea angela
angelo anna annalisa annina antonella antonio arianna armando augusto aurelio barbara beatrice benedetta bruno carla
carlo carmela carmine caterina cesare chiara claudia claudio corrado cristiano daniela daniele dario davide
debora domenico donatella edoardo elena elisa elisabetta emanuela emanuele emma enrico enzo ettore eugenio
fabio fabrizio federica federico filippo fiorella flavio francesca francesco franco gabriele gaetano giacomo
gian gianluca gianni giorgia giorgio giovanna giovanni giulia giuliana giuliano giulio giuseppe giuseppina
graziella guido ilaria irene lapo laura leonardo letizia lidia lorenza lorenzo luca lucia luciana luciano
ludovica luigi luisa manuela marcello marco maria mariella marina mario marta massimo matteo maurizio michela
michele mirella monica nadia nicola nicoletta noemi orazio paola paolo pasquale patrizia piero pietro raffaele
raffaella renato riccardo rita roberta roberto rocco romano rosa rossella salvatore samuele sandro sara sergio
silvia silvio simona simone sofia stefania stefano teresa tiziana tommaso ugo umberto valentina valerio vanessa
vincenzo vittoria vittorio
# Portuguese, Brazilian
adriano afonso alessandra alexandre aline amanda ana antónio antônio aurélio beatriz bernardo bruna bruno caio
camila carla carlos catarina cecília cláudia cláudio conceição cristiano daniela diogo duarte eduarda
eduardo elisa fabiana fábio felipe fernanda fernando filipa filipe flávia flávio francisca francisco gabriel
gabriela gonçalo guilherme gustavo helena henrique inês isabel joana joão jorge josé júlia juliana júlio larissa
leonor letícia lucas luciana luís luísa luiz manuel manuela marcelo márcia marcos margarida maria mariana mário
marta matheus miguel natália nuno patrícia paula paulo pedro rafael rafaela raquel renata renato ricardo rita
rodrigo rosa rui sandra sérgio sílvia sofia tânia tatiana teresa thiago tiago vanessa vasco vinícius vitória
# Dutch, Flemish
aart anouk arjen bart bas bram daan dirk eline els emma femke floor frank frits geert gerrit hanneke hans hendrik
henk ilse inge jaap jan jasper jeroen joost joris jurgen kees koen lieke lieve lotte luuk maarten marieke marijke
martijn mees menno niels noor pieter pim rik roel ruud sander sanne saskia sem siebe sjoerd stijn thijs tim
wim wouter yvonne
# Nordic
agnetha anders annika arvid astrid birgitta bjørn björn bo britt dag elin elsa erik espen eva frida gunilla gunnar
gustaf hakon håkon hanne helle henrik ida inga inger ingrid jens johan jonas jørgen kari karin kasper kerstin
kjell kristian lars lasse leif lena lene linnea magnus malin marit mats mette mikael morten nils ola olav ole
per pernille ragnar rasmus rolf runa sigrid siri sofie solveig stig sune svein sven terje thor tor torbjørn trine
ulf ulla ulrika vilhelm åsa øystein
# Polish, Czech, Slovak, Croatian, Serbian, Slovenian, Hungarian, Romanian, Baltic
adam agata agnieszka aleksander aleksandra andrzej anna barbara bartosz beata bogdan bogusław czesław dariusz
dominik dorota edyta elżbieta ewa filip grażyna grzegorz halina henryk iwona jacek jadwiga jakub janusz jarosław
jerzy joanna józef julia justyna kamil karolina katarzyna kazimierz krystyna krzysztof łukasz maciej magdalena
małgorzata marcin marek mariusz marta mateusz michał mirosław monika natalia paweł piotr przemysław rafał
renata robert roman ryszard sławomir stanisław szymon tadeusz tomasz urszula wiesław witold wojciech zbigniew
zofia zuzanna
aleš alena bohumil bohuslav božena dagmar daniela eliška františek hana helena ivana jana jaroslav jindřich jiří
josef kamila karel kateřina ladislav lenka libor lucie ludmila lukáš marcela markéta martin michal milan
miloslav miroslav ondřej petr petra radek radka stanislav šárka tereza tomáš václav věra vladimír vojtěch
zdeněk zuzana
ante antun boris božidar branko danijel darko davor dragan dražen goran hrvoje igor ivan ivana ivica jasna josip
jelena katarina kristina ljubica luka marija marko mateja milan milica miloš mirjana nenad nikola petar predrag
ranko slobodan snežana srđan stjepan tomislav vesna vladimir zoran željko
ágnes andrás anikó attila balázs bálint béla csaba dániel dávid edit erika erzsébet éva ferenc gábor gergely
györgy ildikó imre istván judit júlia katalin krisztina lajos lászló levente márta mihály miklós nóra orsolya
péter réka róbert sándor szabolcs tamás tibor zoltán zsófia zsolt zsuzsanna
adrian alexandru andreea bogdan cătălin constantin cristian dan diana dragoș elena florin gabriel george ioana
ion ionuț iulia laurențiu liviu mădălina marius mihai mihaela mircea nicolae ovidiu radu răzvan sorin ștefan
teodora valentin vasile victoria
aivars andris antanas dainius egle gediminas ilze inese jānis jonas kristina laura mārtiņš rasa rūta tomas
# Greek, Turkish
alexandros anastasia andreas angeliki antonis christos dimitris dimitrios eleni evangelos georgios giannis
ioannis katerina konstantinos kostas maria michalis nikos panagiotis sofia spyros stavros theodoros vasilis
yannis
ahmet ali ayşe aysel burak can cem deniz ebru elif emre esra fatma gül hakan hasan hülya hüseyin ibrahim ipek
kemal mehmet melike merve murat mustafa nur onur orhan özge recep selin serkan seda tuba tuncay yasemin yusuf
zeynep
# Arabic, Persian, Hebrew, African (romanised)
abbas abdallah abdel abdelaziz abdul abdullah abdulrahman adel ahmad ahmed aisha alaa ali amal amin amina amir
amr anas asma ayman aziz bashir bilal dalia fadi farah faris fatima fatma hadi hala hamad hamid hamza hana hani
hassan hatem hazem hiba hisham hossam hussein ibrahim imad iman issa jamal jamila karim khaled khalid lamia
laila layla leila lina mahmoud majid malik marwan maryam mohamed mohammad mohammed mona mostafa mouna muhammad
mustafa nabil nadia nadim naguib najib nasser nour omar osama rami rana rania rashid reem saad said saleh salim
salma sami samir samira sara sayed sherif tamer tarek tariq walid yasmin yasmine yasser youssef yousef zainab
zaid ziad
ali-reza alireza amir babak bahram dariush darius farhad farid farzaneh fereshteh golnaz hamid hossein kamran
kaveh leila mahmoud maryam mehdi mina mohsen morteza nasrin parisa parviz reza roya saeed shirin soheil
abraham avi avraham ayelet chaim dalia eitan eli eliezer ephraim gideon hadas haim ilan itai itamar meir
menachem miriam moshe naama nir noa noam ofer oren rivka ronit shimon shira shlomo tal tamar uri yael yair
yaakov yehuda yitzhak yoav yonatan yossi ze'ev
abdi abebe abena abiodun adama ade adebayo adewale ama amadou babatunde bola chidi chiamaka chinedu chioma
chukwuemeka emeka folake funmilayo ifeoma ikenna kofi kwabena kwame kwesi mamadou moussa ngozi nkechi nnamdi
obinna olu oluwaseun oumar seun tendai thabo themba tunde uche wanjiru yaw yemi zanele
# Indian, Pakistani, Bangladeshi, Sri Lankan, Southeast Asian (the Indian names from "abhinav" to "yash" on the line
# after "yogesh" added after authors-blind33's first run, where a writer of his own site, "Rishabh Dev" on
# rishabhdev.com, was taken for the site: common names from general knowledge, only "rishabh" on a page; not "harsh",
# "sagar" or "aman", which are words or places too)
aarav abhijit abhishek aditi aditya ajay akash akshay alok amit amita amitabh anand anil anita anjali ankit
anupam anuradha arjun arun aruna arvind ashok ashwin bhavna deepa deepak devendra dinesh divya gaurav geeta
gita gopal harish hema indira jaya jayant kapil karan kavita kiran krishna kumar lakshmi madhu mahesh manish
manoj meena meera mohan mukesh nandini naveen neha nikhil nisha nitin pooja prakash pranav prashant preeti
priya priyanka rahul raj rajeev rajesh rajiv rakesh ramesh ravi rekha ritu rohit sachin sanjay sanjeev santosh
sarita satish seema shalini shankar sharad shashi shilpa shreya shyam siddharth sneha sonia sudhir sunil sunita
suresh swati tanvi usha varun vijay vikas vikram vinay vinod vishal vivek yogesh
abhinav aishwarya akhil ananya ankur arnav bhavya chetan diya gautam isha ishaan jatin kartik kriti kunal lokesh
manav megha mohit naman nidhi pallavi pankaj parth pradeep rajat rishabh rishi ritesh riya rohan sahil sakshi sameer
saurabh shivam shruti shubham sumit tarun tushar umesh vaibhav vineet yash
ahsan asad asif ayesha bilal faisal farhan fawad hina imran irfan junaid kamran nadeem naveed nawaz rizwan saima
salman shahid shazia tahir usman waqar zafar zubair
agus ahmad bambang budi dewi eko fitri hadi indah joko kurniawan lestari putri rizki siti sri wahyu yusuf
anh bao binh chi dung duc hai hanh hoa hoang hung huong huy lan linh mai minh nam ngoc nguyen phuong quang
thanh thao trang trung tuan van viet
# Chinese, Korean, Japanese (romanised given names)
bo chen cheng dong fang fei feng gang guo hao hong hua hui jian jie jin jing jun lei li lian liang lin ling
ming na ning ping qiang qing rui shan sheng tao ting wei wen xia xiao xin xiu yan yang ying yong yu yuan yun
zhen zhi zhong
bo-ra chul dong-hyun eun-ji ha-eun hye-jin hyun hyun-woo ji-hoon ji-woo ji-yeon jin jin-woo joon jun-ho kyung
min min-jun min-seo seo-yeon seung soo-jin su-bin sung ye-jin young yu-na
aiko akiko akira ayumi chie daiki daisuke emi eri hana haruka haruto hideki hikaru hiroshi hiroko hiroyuki
kaito kazuki kazuo keiko kenji kenta koji kumiko makoto mari masahiro masako mayumi megumi mika miki minoru
misaki naoki naomi naoko noriko reiko riku rina ryo ryota sakura satoshi shinji shota sora takashi takeshi
taro tetsuya tomoko yoko yoshiko yoshio yui yuki yuko yusuke yuto
# Russian, Ukrainian, Belarusian, Kazakh (romanised)
aleksandr aleksei alexei alla anastasia anatoly andrei andriy anton arkady boris daria dmitri dmitry ekaterina
elena evgeny fyodor galina gennady grigory igor ilya irina ivan kirill konstantin ksenia larisa leonid lyudmila
maksim maria marina mikhail nadezhda natalia natalya nikita nikolai oksana oleg olena olga pavel pyotr roman
ruslan sergei sergey stanislav svetlana taras tatiana tatyana timur valentina valery vasily viktor vitaly
vladimir vladislav volodymyr vyacheslav yaroslav yekaterina yelena yevgeny yulia yuri zhanna
# (the short forms people sign with, as "Vlad Solomakha" did beside a headline: authors-blind17's first run, b18auth)
dasha dima grisha katya kolya kostya lyosha masha misha nastya olya pasha petya sasha slava sveta vanya vika vitya
vlad vova yura zhenya
# Cyrillic
александр александра алексей алла анастасия анатолий андрей анна антон аркадий борис вадим валентина валентин
валерий валерия василий вера виктор виктория виталий владимир владислав вячеслав галина геннадий георгий глеб
григорий дарья денис дмитрий евгений евгения екатерина елена елизавета жанна зоя иван игорь илья инна ирина
кирилл константин ксения лариса леонид лидия любовь людмила максим маргарита марина мария михаил надежда наталья
наталия никита николай нина оксана олег олеся ольга павел пётр петр полина роман руслан светлана семён семен
сергей станислав степан тамара татьяна тимур фёдор федор юлия юрий яна ярослав
олександр олена андрій богдан василь володимир галина дмитро іван ірина марія микола михайло наталія оксана
петро сергій тарас юлія
"""

@functools.cache
def given_names() -> frozenset[str]:
    """Every listed given name, case-folded (a "#" line is a heading of the list, not names), made on
    first use: only a credit that holds an organisation's word asks (~0.6 ms, issue 13)."""
    return frozenset(w.casefold() for line in _NAMES.splitlines() if not line.startswith("#") for w in line.split())


def _asked(word: str, listed: Callable[[str], bool]) -> bool:
    """Whether ``listed`` holds ``word`` as both lists are asked: case aside, the marks around a word in a
    credit stripped, a hyphened name by its whole or its first part ("Jean-Pierre", "Anne-Sophie", "Ji-woo")."""
    key = word.strip(".,'’").casefold()
    return listed(key) or ("-" in key and listed(key.split("-", 1)[0]))


def given_name(word: str) -> bool:
    """True when ``word`` is a listed given name (read as :func:`_asked` reads)."""
    return _asked(word, given_names().__contains__)


@functools.cache
def _faker_lines() -> str:
    """The names of Faker's person providers (79 locales; ``given_names_faker.txt``, made by
    ``bench/given_names_table.py``), case-folded and sorted as the file holds them: one string, a name a line,
    each line ended. Read on first use, without ``importlib.resources`` (whose import alone costs more).

    Why one string and not a set: ~26,000 names made into a frozenset cost ~5 ms of CPU, a fiftieth of an
    ``archiver archive URL`` call (issue 13's start-up goal), for the one or two questions a page asks of the list
    (1.25 a page over the metadata set's first 300 pages). Read as text it costs ~0.3 ms and a question
    ~10 microseconds (:func:`_holds`)."""
    text = Path(__file__).with_name("given_names_faker.txt").read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):  # (the heading: where the list comes from, its licence)
        start = text.index("\n", start) + 1
    body = text[start:]
    return body if body.endswith("\n") else body + "\n"


def _holds(lines: str, key: str) -> bool:
    """Whether ``lines`` (sorted, each ended by a newline) holds ``key`` as a whole line: a binary search over
    the text itself, each step reading the line around its middle, so no line is ever made into an object but
    the ~15 compared."""
    lo, hi = 0, len(lines)  # (both always the start of a line, or the end)
    while lo < hi:
        start = max(lo, lines.rfind("\n", lo, (lo + hi) // 2) + 1)
        end = lines.index("\n", start)
        line = lines[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False


def _broadly_listed(key: str) -> bool:
    return key in given_names() or _holds(_faker_lines(), key)


def broad_given_name(word: str) -> bool:
    """True when ``word`` is a listed given name or one of Faker's (:func:`_faker_lines`), read as
    :func:`given_name` reads.

    Why a second list: this one answers only "is this evidence that the name is a person's": the backing model's
    feature (:func:`archiver.extract.author_backing.features`, extractor 224), where a given name missing makes a
    writer look doubtful, and the readers of a name line with no lead word
    (:func:`archiver.extract.byline_titles.opens_with_given_name`, extractor 225). Ten times the hand-written
    list's reach keeps them from leaning against names it lacks ("Ogechi Chibueze", "Naoise McNally"). Elsewhere
    the rules keep :func:`given_name`: they also ask whether a word is ONLY a given name ("Theresa May 3, 2024" cut
    at a month; two given names and no surname), and a list that holds "Jacques" or "Thomas" would call those
    surnames given names (bench/labels/README.md "auth65").
    """
    return _asked(word, _broadly_listed)


__all__ = ["broad_given_name", "given_name", "given_names"]
