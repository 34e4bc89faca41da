"""Fact cues in English and French: claims, stances, acts, market directions, measures, titles.

Verbs and nouns are matched on spaCy lemmas (lower-cased); acts on the text of the clause that
carries the claim, since they are often multi-word ('vol de propriété intellectuelle').
"""

from __future__ import annotations

import re
from typing import Literal

Stance = Literal["alleges", "denies", "confirms", "investigates"]

# French ways of laying blame (own block): "L'agence lui impute le sabotage", "un rapport
# attribuant à la campagne X la diffusion de", "a conclu que", "a mis en cause CoreWeave"
# (a verb and its fixed complement, read as one lemma), "incrimine le groupe".
_FRENCH_CLAIMS = frozenset(
    {"imputer", "attribuer", "attribute", "conclure", "incriminer", "mettre en cause"}
)
_FRENCH_TARGETS = frozenset({"imputer", "attribuer", "incriminer", "mettre en cause"})
_FRENCH_ACCUSE = frozenset({"imputer", "incriminer", "mettre en cause"})
# Blame laid on the indirect object: "impute à Sandworm le sabotage", "attributed it to APT28".
ASCRIBE_LEMMAS = frozenset({"imputer", "attribuer", "attribute"})
# What an ascribing verb lays on someone is a wrong when it is an attack: "avaient attribué à
# X des attaques contre leurs ministères", "attributed the attacks to Y" (never "ses succès").
ASCRIBED_ATTACKS = re.compile(
    r"\b(attaques?|attacks?|attentats?|cyber-?attaques?|cyber-?attacks?)\b", re.IGNORECASE
)
# Verbs whose fixed complement makes them a claim: the verb's lemma, the words after it.
CLAIM_PHRASES: dict[str, tuple[str, str]] = {"mettre": ("en cause", "mettre en cause")}
# English suits told without 'sue': the verb, and the preposition whose object makes it one
# ("took Meta to court over", "is pursuing OpenAI over the use of its articles").
SUIT_PHRASES: dict[str, frozenset[str]] = {
    "take": frozenset({"court"}),
    "pursue": frozenset({"over"}),
}

# Verbs (and nouns) through which someone asserts something.
CLAIM_LEMMAS = _FRENCH_CLAIMS | frozenset(
    {
        # English
        "say", "tell", "state", "claim", "allege", "accuse", "assert", "suggest", "warn",
        "believe", "suspect", "observe", "detect", "find", "determine", "conclude", "explain",
        "argue", "charge", "reveal", "confirm", "deny", "reject", "add", "note", "write",
        "insist", "contend", "maintain", "testify", "flag", "identify", "declare", "call",
        "accusation", "allegation", "warning", "complaint", "lawsuit", "sue",
        # French
        "affirmer", "déclarer", "dire", "accuser", "alléguer", "suggérer", "estimer",
        "indiquer", "préciser", "ajouter", "soupçonner", "détecter", "constater", "avertir",
        "dénoncer", "reprocher", "juger", "considérer", "assurer", "expliquer", "souligner",
        "révéler", "confirmer", "démentir", "nier", "rejeter", "formuler", "exprimer",
        "qualifier", "mentionner", "détailler", "prévenir", "soutenir", "signaler",
        "allégation", "plainte", "poursuivre", "craindre", "observer", "établir", "establish",
        "blame", "blâmer", "convoquer", "summon", "probe", "investigate",
        "investigation", "inquiry", "enquête", "enquêter", "accusing", "fine", "infliger",
        "sanctionner", "penalize", "indict", "inculper", "assigner", "sanction",
        # Findings: researchers, reports and bodies that state what they found.
        "report", "discover", "uncover", "conclure", "relever",
    }
)  # fmt: skip
# Verbs that are claims only as verbs: "Halvorsen Labs reported that", never "a report".
VERB_ONLY_CLAIMS = frozenset({"report", "discover", "uncover", "relever"})
# Worries raised by someone are claims: "the CIA raised concerns that G42 could funnel",
# "a exprimé ses craintes que"; the noun speaks through the verb that raises it.
CONCERN_NOUNS = frozenset(
    {"concern", "fear", "worry", "inquiétude", "préoccupation", "crainte", "doute", "doubt"}
)
RAISE_VERBS = frozenset(
    {"raise", "express", "voice", "flag", "air", "reiterate", "cite", "exprimer", "soulever",
     "émettre", "réitérer", "formuler"}
)  # fmt: skip
# Strong triggers carry an allegation even when no specific act is named.
ACCUSE_LEMMAS = _FRENCH_ACCUSE | frozenset(
    {"accuse", "allege", "accusation", "allegation", "accuser", "alléguer", "reprocher", "sue"}
)
# Enforcement acts state a wrong by themselves: a fine, a charge or a sanction is an
# allegation by the authority against its object even when the wrong is only a topic
# ("fined TikTok over data transfers", "a sanctionné Google pour").
ENFORCE_LEMMAS = frozenset(
    {"fine", "infliger", "sanctionner", "sanction", "penalize", "charge", "indict", "inculper",
     "sue", "assigner", "poursuivre"}
)  # fmt: skip
# Penalties state a wrong by themselves: "a infligé une amende à X", "indicted X" accuse X
# even when the article does not name what X did.
PENALTY_LEMMAS = frozenset(
    {"fine", "infliger", "sanctionner", "sanction", "penalize", "penalise", "indict", "inculper"}
)
# Putting a party on a list is an enforcement act against it: "designated X as a Chinese
# military company", "a inscrit X sur sa liste", "blacklisted X".
LISTING_LEMMAS = frozenset({"designate", "désigner", "inscrire", "list", "blacklist"})
# Verbs whose direct object is the accused: "accused DeepSeek of", "soupçonne Huawei de".
TARGET_LEMMAS = _FRENCH_TARGETS | frozenset(
    {"accuse", "accuser", "suspect", "soupçonner", "reprocher", "charge", "sue", "blame",
     "blâmer", "poursuivre", "summon", "convoquer", "investigate", "enquêter", "fine",
     "infliger", "sanctionner", "penalize", "indict", "inculper", "assigner", "consider",
     "considérer", "qualifier", "describe", "décrire", "regard", "juger", "designate",
     "désigner", "inscrire", "blacklist", "sanction", "list", "penalise"}
)  # fmt: skip
# Nouns that carry the words of whoever wrote them: "un rapport publié par la commission".
DOCUMENT_NOUNS = frozenset(
    {"report", "rapport", "document", "study", "étude", "memo", "note", "letter", "lettre",
     "filing", "complaint", "plainte", "analysis", "analyse", "guidance", "notice", "avis",
     "lawsuit", "suit", "indictment", "ruling", "advisory", "assignation", "jugement",
     "décision", "arrêt", "requête"}
)  # fmt: skip
# Claimants' documents (y-claimants): a charge or suit named without its author ('the
# indictment says', 'according to that complaint') is the work of whoever filed it just before.
LEGAL_DOCUMENT_NOUNS = frozenset(
    {"indictment", "complaint", "lawsuit", "suit", "filing", "plainte", "assignation",
     "requête", "réquisitoire"}
)  # fmt: skip
FILING_LEMMAS = frozenset(
    {"charge", "indict", "sue", "file", "unseal", "bring", "lodge", "inculper", "poursuivre",
     "assigner", "déposer", "attaquer", "saisir"}
)  # fmt: skip
# --- charges (s5-charges): statements made through a charge or a suit are accusations ---
# Documents whose statements are accusations: 'according to the indictment', 'the charges
# say', 'selon la plainte' (a ruling or a report only finds; it is read as any speaker).
CHARGING_NOUNS = LEGAL_DOCUMENT_NOUNS | frozenset({"charge"})
# Passive accusations whose accuser may be left unnamed: 'the defendants are accused of'.
PASSIVE_CHARGE_LEMMAS = frozenset({"accuse", "accuser", "charge", "indict", "inculper"})
# Suing a named party states a wrong by itself: 'des auteurs poursuivent Meta', 'a assigné X'.
SUIT_LEMMAS = frozenset({"poursuivre", "assigner"})
# What a charge calls the people it is brought against: 'the pair', 'the defendants'.
CHARGED_PEOPLE_NOUNS = frozenset(
    {"pair", "defendant", "man", "men", "woman", "women", "suspect", "duo", "trio",
     "prévenu", "accusé", "homme"}
)  # fmt: skip
# Agencies a country's possessive does not make the country: "China's market regulator".
AGENCY_NOUNS = frozenset(
    {"regulator", "watchdog", "agency", "authority", "commission", "court", "prosecutor",
     "régulateur", "gendarme", "autorité", "agence", "tribunal", "parquet"}
)  # fmt: skip
# Nouns that name a firm by its product: "the ChatGPT maker", "l'éditeur de ChatGPT".
MAKER_NOUNS = frozenset(
    {"maker", "developer", "creator", "publisher", "éditeur", "créateur", "concepteur",
     "développeur", "fabricant"}
)  # fmt: skip
# Inquiries: the stance is "investigates", and an act must be named.
INQUIRY_LEMMAS = frozenset(
    {"investigate", "probe", "investigation", "inquiry", "enquête", "enquêter", "summon",
     "convoquer"}
)  # fmt: skip
DENY_LEMMAS = frozenset({"deny", "reject", "démentir", "nier", "rejeter", "refute", "réfuter"})
CONFIRM_LEMMAS = frozenset({"confirm", "confirmer", "acknowledge", "reconnaître", "admit"})
BAN_LEMMAS = frozenset(
    {
        "ban", "block", "prohibit", "bar", "restrict", "blacklist", "forbid",
        "interdire", "bloquer", "bannir", "proscrire", "suspendre", "restreindre",
    }
)  # fmt: skip
INVESTIGATE_LEMMAS = frozenset(
    {
        "investigate", "probe", "examine", "scrutinize", "investigation", "inquiry",
        "enquêter", "enquête", "examiner", "instruire",
    }
)  # fmt: skip

# Nouns whose holder speaks for an organisation: "Microsoft's researchers", "an OpenAI
# spokesperson".
SPOKES_NOUNS = frozenset(
    {
        "researcher", "spokesperson", "spokesman", "spokeswoman", "official", "administration",
        "government", "office", "team", "executive", "lawyer", "statement", "representative",
        "chercheur", "porte-parole", "responsable", "gouvernement", "bureau",
        "équipe", "dirigeant", "avocat", "communiqué", "représentant", "service", "services",
    }
)  # fmt: skip
# What a victim owns and an accused takes: "OpenAI's models", "les API d'OpenAI".
OBJECT_NOUNS = frozenset(
    {
        "model", "output", "data", "api", "technology", "capability", "interface", "system",
        "application", "ip", "property", "secret", "code", "server", "account", "response",
        "modèle", "donnée", "résultat", "réponse", "technologie", "capacité", "système",
        "propriété", "serveur", "compte", "connaissance", "term", "condition",
    }
)  # fmt: skip

# Acts, in priority order: the first that matches names the allegation.
ACTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "distillation",
            r"distill|distil|\boutputs? of|réponses des modèles|résultats de (son|ses) modèle"
            r"|(leverag|us|exploit)\w* [^.]{0,30}models? to (develop|train|build)"
            r"|servi des réponses"
            r"|(réponses|résultats|sorties) (de|des|d.un) (ses |son |leurs |l.autre |autres )?"
            r"(modèles?|chatbots?|systèmes?)"
            r"|(modèles?|models?|chatbots?)[^.;]{0,40}\b(pour|to|afin d.) ?(s.)?"
            r"(entraîn|train|développ|develop|build|construire|amélior|improve)"
            r"|(extract\w*|extrai\w*|extrait\w*) [^.;]{0,30}"
            r"(capabilit|capacit|knowledge|connaissance)",
        ),
        (
            "data exfiltration",
            r"exfiltr|extract\w*[^.]{0,40}\bdata|\bextrai\w*|\bextrait\w*|obtained data"
            r"|\bextraction\b"
            r"|(accédé|accès) aux données|data without authori|siphon",
        ),
        # Before theft: "laundered the stolen funds" names the laundering.
        ("money laundering", r"\blaunder(s|ed|ing)?\b|money[- ]laundering|blanchiment"),
        (
            "intellectual property theft",
            r"propriété intellectuelle|intellectual property|\bvol\b|\bsteal|\bstole|\btheft"
            r"|\bcopi(é|er|ed)|\bcopy|s.emparer",
        ),
        (
            "terms-of-service violation",
            r"conditions d.utilisation|conditions de service|terms of (service|use)",
        ),
        (
            "export-control breach",
            r"export control|contrôles? (à|aux) l.exportation|export law|smuggl|contrebande"
            r"|falsely declar|fausses? déclarations?|export (rules|restrictions|regulations"
            r"|licen[cs]es?)|(règles|restrictions|licences?) (américaines )?(d.|à l.)exportation"
            r"|(contourn|circumvent|evad|skirt|dodg)\w* (les |des |the |us |american )?"
            r"(restrictions|controls|contrôles|curbs|embargo)",
        ),
        (
            "copyright infringement",
            r"copyright|droits? d.auteur|contrefaçon|scrap(e|ed|ing) [^.;]{0,40}without"
            r"|stolen (books|works|articles)|livres? protégés|œuvres protégées|pirated|piracy"
            r"|\bscrap(ed|ing)\b|livres? piratés",
        ),
        (
            "hacking",
            r"hack(ed|ing|ers?)\b|broken into|broke into|break(ing)? into|piratage|pirat(é|er)"
            r"|pirates? informatiques?"
            r"|intrusion|infiltr\w*|exploit\w* [^.;]{0,30}(flaws?|failles?|vulnerab\w+"
            r"|vulnérab\w+|unpatched|zero-day)"
            r"|compromis(ed|e)? (\w+ ){0,3}(networks?|systems?|servers?|devices?|accounts?"
            r"|réseaux?|systèmes?|serveurs?|administrations|opérateurs)"
            r"|(avait|avaient|a|ont) compromis|pénétr\w* (un |le |les |des )?(\w+ )?(réseaux?"
            r"|systèmes?)|ransomware|rançongiciel"
            r"|cyberattack|cyber-attack|cyberattaque|malware|logiciel malveillant",
        ),
        (
            "antitrust violation",
            r"abus de position dominante|abus(e|ed|ing) (of )?(its |a )?dominant position"
            r"|anti-?monopoly|antitrust|anti-trust|anticoncurrentiel|entente illicite"
            # its own rivals pushed out of a market: "pour évincer ses rivaux" (never "des
            # concurrents comme X": those named are the ones harmed)
            r"|(évinc|écart)\w* (ses|leurs) (rivaux|concurrents)",
        ),
        (
            # Technology, know-how or IP carried off to a foreign state, or a firm serving as
            # the channel for it: "served as a conduit for", "diverted IP to a factory",
            # "funnel US technology to Chinese firms", "dupliquer en Chine les lignes".
            "technology transfer",
            r"\b(as|comme|de|d.) (a |an |une? )?(conduit|front|façade|paravent|courroie)(?![\w-])"
            r"|(divert|diversion|funnel|siphon|leak|smuggl|détourn|fuite|dupliqu|duplicat"
            r"|répliqu|replicat|clon)\w* [^.;]{0,50}(technolog|know-how|savoir-faire"
            r"|intellectual property|propriété intellectuelle|trade secrets?|secrets"
            r"|designs?|conceptions?|equipment|équipements?|orders|commandes"
            r"|production lines?|lignes de production)"
            r"|(transf\w+|shift\w*|mov(e|ed|ing)|relocat\w*|déplac\w*|délocalis\w*|hand\w* over"
            r"|pass\w*( on)?|transmi\w*)[^.;]{0,60}(technolog\w*|know-how|savoir-faire"
            r"|intellectual property|propriété intellectuelle|trade secrets?|chip designs?)"
            r"[^.;]{0,40}\b(to|vers|en|à) [^.;]{0,25}(chin\w+|beijing|pékin|russ\w+|iran\w*"
            r"|north korea\w*|corée du nord)",
        ),
        (
            # Sexual images of real people made by a model: a harm named in itself.
            "harmful content",
            r"sexually explicit|(sexualis|sexualiz)\w* (images?|deepfakes?|videos?|content|photos?)"
            r"|(sexual|sexuel\w*|explicit|nude|naked|intimate|dénudé\w*|intime\w*)"
            r" (\w+ )?(images?|deepfakes?|videos?|vidéos?|photos?|imagery|contenus?)"
            r"|images? (\w+ )?(à caractère sexuel|sexuel\w*|dénudé\w*)"
            r"|non-?consensual (\w+ )?(images?|imagery|deepfakes?|porn\w*)"
            r"|child sexual abuse|\bcsam\b|pédopornograph\w*|pédocriminel\w*"
            r"|deepfakes? (porn\w*|sexuel\w*|pornograph\w*)"
            r"|(hyper)?trucages? (à caractère )?sexuel",
        ),
        (
            "military ties",
            r"military ties|ties to the (\w+ )?military|liens? (avec l.armée|militaires)"
            r"|li(é|ée|és|ées) (à|avec) l.armée"
            # Serving an army is the wrong itself: "supplied tools to units of the PLA".
            r"|(suppl|provid|sell|sold|support|help|assist|aid|work|fourni|vend|aid|travaill"
            r"|soutien|collabor)\w*[^.;]{0,60}(people.s liberation army|armée populaire de"
            r" libération|(china|russia|iran)\W?s? (military|army|armed forces)"
            r"|(chinese|russian|iranian) (military|army|armed forces)|armée (chinoise|russe"
            r"|iranienne))|military[- ]civil fusion|fusion civilo-militaire|war machine"
            r"|(chinese|russian) military compan|entreprises? militaires? (chinoise|russe)"
            r"|military end[- ]users?"
            # "end users linked to the People's Liberation Army", "had ties to the PLA"
            r"|\b(linked|tied|connected|affiliated|ties|links)\b (to|with) (the )?"
            r"(people.s liberation army|pla\b|(chinese|russian|iranian) (military|army))",
        ),
        (
            # Hidden controls are a threat in themselves: "could carry remote shutdown features".
            "surveillance features",
            r"backdoor|back door|portes? dérobées?|kill switch|remote(ly)? (shut|disabl)"
            r"|(arrêt|désactiv\w*) à distance|location[- ]tracking|tracking and positioning"
            r"|suivi de (la )?localisation|hidden (remote[- ]access|account)"
            r"|comptes? (de maintenance )?cachés?",
        ),
        (
            "national-security risk",
            r"national security|sécurité nationale|security risk|risque pour la sécurité"
            r"|unacceptable risk|poses? (a|an)[^.]{0,25}risk|threat to|menace pour|espion"
            r"|sécurité des informations|security (and \w+ )?(concerns?|issues?|problems?|flaws?)"
            r"|(problèmes?|failles?|risques?|préoccupations?) (\w+ )?(de|pour la|en matière de) "
            r"sécurité|backdoor|back door|portes? dérobées?|kill switch|remote(ly)? (shut|disabl)"
            r"|(arrêt|désactiv\w*) à distance|location[- ]tracking|\bspy|surveil"
            r"|(information|data|cyber) ?security|sécurité (de l.information|des données)",
        ),
        (
            "privacy risk",
            r"données personnelles|personal data|privacy|censure|censorship|data leak"
            r"|data collection|données se retrouvent|user (data|information)|biometric"
            r"|protection des données|data protection"
            r"|biométrique|without (their |users. )?consent|sans (leur |le )?consentement"
            r"|données (\w+ )?(des |de leurs |de ses |d.)?utilisateurs|informations personnelles"
            r"|(send|sent|transf\w+|envoi\w*|envoy\w*|hand\w* over)[^.;]{0,40}"
            r"(data|données|information)"
            r"|data[- ]harvesting|(harvest|collect)\w* [^.;]{0,30}(data|information)"
            r"|(collect|récolt|aspir)\w* (des |les |de )?(données|informations)",
        ),
        (
            "foreign-state ties",
            r"\b(ties|links|connections)\b[^.;]{0,25}\b(to|with) (the )?(\w+ ){0,2}(chin\w+"
            r"|beijing|ccp|communist party|kremlin|russia\w*|iran\w*|north korea\w*)"
            r"|\bliens?\b[^.;]{0,25}\bavec (l.|le |la |les |des )?(\w+ ){0,2}(chin\w+|pékin"
            r"|parti communiste|kremlin|russ\w+|iran\w*)"
            r"|modernisation (de l.armée|militaire)|military moderni[sz]ation",
        ),
        # Wrongs named by their own word, each in both languages.
        ("espionage", r"\bspied\b|\bspying\b|espionage|espionnage|\bespionn"),
        (
            "sanctions evasion",
            r"(evad|evasion|skirt|circumvent|dodg|violat|breach)\w* [^.;]{0,20}sanctions"
            r"|sanctions[- ](evasion|busting|violations?)|contourn\w* (les |des )?sanctions"
            r"|(violation|viol\w*) (des|les) sanctions",
        ),
        (
            "forced labour",
            r"forced labou?r|travail forcé|travailleurs forcés|labou?r camps?"
            r"|camps? de travail",
        ),
        (
            "bribery",
            r"\bbrib(e|es|ed|ery|ing)\b|\bcorrupt(ed|ion|ing)?\b|corromp\w*|corruption"
            r"|pots?-de-vin|kickbacks?|rétrocommissions?",
        ),
        (
            "fraud",
            r"forg(ed|ing) ([\w-]+ ){0,2}(documents?|certificates?|papers|records|signatures?"
            r"|invoices?)|forgery|falsifi\w+|faux (documents|certificats)|counterfeit"
            r"|contrefait\w*|\bfalse (invoices|documents|declarations?|statements)"
            r"|(front|shell) compan\w+|sociétés?[- ]écrans?|prête-noms?"
            # "provided inaccurate information to this office": misleading an authority
            r"|\b(provid|gave|give|giv|submit|suppl)\w* (\w+ ){0,2}(inaccurate|false|misleading"
            r"|incorrect) (information|data|statements?|figures)",
        ),
        (
            # Books made to look better than they are: "inflating its profits", "surestimer
            # leurs profits", "financement circulaire".
            "accounting manipulation",
            r"\b(inflat|overstat)(e|es|ed|ing) (\w+ ){0,2}(profits?|earnings|revenues?|results"
            r"|sales)"
            r"|(surestim|gonfl)\w* (\w+ ){0,2}(profits?|bénéfices?|résultats|chiffre d.affaires)"
            r"|\b(understat|sous-estim)\w* [^.;]{0,30}(costs?|coûts?|usure|wear|depreciation"
            r"|amortissements?|losses|pertes)|cook\w* the books|circular financing"
            r"|financement circulaire|accounting (fraud|irregularit\w*|manipulation)"
            r"|(fraude|irrégularités|manipulations?) comptables?"
            r"|maquill\w* (ses |leurs |les )?comptes",
        ),
        (
            "price fixing",
            r"price[- ]fixing|fix(ed|ing) prices|cartel|entente sur les prix"
            r"|collusion|collud\w*",
        ),
        (
            "unfair trade",
            r"\bdumping\b|(unfair|illegal|massive) (state )?subsid\w*|subventions?"
            r" (publiques )?(illégales|déloyales|massives)|concurrence déloyale"
            r"|unfair competition",
        ),
        (
            "disinformation",
            r"disinformation|désinformation|propagand\w*|influence (operations?|campaigns?)"
            r"|(opérations?|campagnes?) d.influence|ingérence|election interference"
            r"|interfer\w* in (the |\w+ )?elections?|manipul\w* (public opinion|l.opinion"
            r"|(the |what |ce que )?(content|contenus?|voient|see))",
        ),
        (
            "compliance failure",
            # "failed to protect users' data", "n'a pas été en mesure de garantir": a duty
            # left undone is the wrong; the negation is the act, not a denial of it.
            r"fail(ed|s|ing|ure)? to (comply|protect|show|demonstrate|ensure|safeguard|stop"
            r"|prevent|disclose|honou?r|tell|inform|notify|verify|remove|explain|obtain)"
            r"|n.(a|ont|avait|avaient) pas (été en mesure|su|pu) (de )?(vérifier|garantir"
            r"|démontrer|protéger|respecter|assurer|expliquer|informer)"
            r"|(ne pas|sans) (avoir )?(respecté|protégé|informé|expliqué|garanti|permis"
            r"|notifié|obtenu)"
            # "had not been able to provide convincing evidence"
            r"|(not been able|(was|were|is|are|been) unable) to (provide|show|demonstrate|prove"
            r"|explain|guarantee|ensure|verify)|(has|have|had) not (shown|demonstrated|proven"
            r"|proved|guaranteed|ensured)"
            # the same in French: "n'a pas démontré que les données étaient protégées"
            r"|n.(a|ont|avait|avaient) pas (démontré|prouvé|garanti|assuré)",
        ),
        (
            "legal violation",
            r"\b(violat\w*|breach\w*|enfrei\w*|infring\w*|viol(é|ée|és|ées|ant|er|ation)|illegal\w*"
            r"|illégal\w*|unlawful\w*|illicit\w*|fraud\w*|frauduleu\w*)",
        ),
    )
)
# A generic breach of the law is an allegation against a firm or a person; said of a
# government it is policy criticism ("the rule violates the treaty").
GENERIC_ACTS = frozenset({"legal violation", "compliance failure"})
# Acts stated through a negation ("failed to", "n'a pas su"): a negated verb does not deny them.
NEGATIVE_ACTS = frozenset({"compliance failure"})
# Acts that are only topics ("export controls", "national security", "privacy") make an
# allegation only next to a word of wrongdoing or risk; the others are wrongs in themselves.
TOPICAL_ACTS = frozenset(
    {
        "export-control breach",
        "national-security risk",
        "privacy risk",
        "terms-of-service violation",
    }
)
WRONGDOING = re.compile(
    r"violat|breach|enfrei|infring|illeg|illég|illicit|unauthori|sans autorisation|without authori"
    r"|fraud|steal|stole|theft|\bvol\b|exfiltr|espion|\bspy|risk|risque|threat|menace|concern"
    r"|préoccupation|inquiét|suspect|soupçon|abus|interdi|prohib|forbid|contourn|circumvent"
    r"|bypass|evad|suspicious|inhabituel|unusual|danger|crainte|fear|warn|alert|backdoor"
    r"|consent|dérobée|surveil|\barmes?\b|weapon|siphon|funnel"
    # "sent information about users' views on gun control, abortion and religion to X"
    r"|(send|sent|transf\w+|envo\w+)[^.;]{0,100}\b(vers|to)\b"
    r"|préjudic|jeopardi|compromet|undermin|\btool of|outil d.espionnage|propagand"
    r"|hand\w* over|at risk|en danger|harvest|infiltr|manipul|unsafe|dangereu"
    # smuggling is unlawful by definition: "trained on chips smuggled into China"
    r"|smuggl|contrebande",
    re.IGNORECASE,
)
# Policy criticism, not an allegation: "accused Washington of abusing export controls",
# "généraliser la notion de sécurité nationale".
POLICY_CRITICISM = re.compile(
    r"(abus\w*|généralis\w*|overstretch\w*|over-stretch\w*|politici[sz]\w*|weaponi[sz]\w*"
    r"|instrumentalis\w*)[^.;]{0,30}(national security|sécurité nationale"
    r"|export controls?|contrôles? (à|aux) l.exportation)",
    re.IGNORECASE,
)
# Risk words that make a ban an allegation ("jugé comme un risque pour la sécurité du pays").
RISK_WORDS = re.compile(r"\b(risk|risks|risque|risques|threat|menace)\b", re.IGNORECASE)

# Market directions on lemmas; nouns are kept apart because their subject is found differently.
DOWN_VERBS = frozenset(
    {
        "fall", "drop", "plunge", "plummet", "slump", "tumble", "sink", "slide", "decline",
        "lose", "shed", "crash", "dive", "tank", "slip", "wipe", "erase", "retreat", "dip",
        "sag", "crater", "nosedive", "skid", "collapse", "slid", "tumbled", "sank", "shrink",
        "evaporate", "vanish", "évaporer", "volatiliser",
        "chuter", "baisser", "perdre", "plonger", "dégringoler", "reculer", "s'effondrer",
        "effondrer", "dévisser", "céder", "glisser", "décrocher", "fondre", "effacer",
        "abandonner", "replier", "lâcher", "effriter", "flancher", "sombrer", "écrouler",
        "décliner", "ease", "enfoncer", "déraper", "rechuter", "tomber", "retomber",
        "shave",
    }
)  # fmt: skip
UP_VERBS = frozenset(
    {
        "rise", "jump", "soar", "surge", "climb", "gain", "rally", "rebound", "advance",
        "recover", "leap", "spike", "rocket", "skyrocket", "soared", "jumped", "add",
        "grimper", "bondir", "progresser", "augmenter", "monter", "s'envoler", "envoler",
        "rebondir", "gagner", "flamber", "redresser", "avancer", "décoller",
        "regain", "double", "triple", "regagner", "grappiller", "doubler", "tripler",
        "prendre", "reprendre", "adjuger", "engranger", "apprécier", "ajouter",
    }
)  # fmt: skip
# Direction verbs that move something only when the amount is their object: "the index added
# 3.3%", "le titre prend 3 %"; not "the company added that", "a pris la décision".
# Likewise "le titre reprend 3 %", "Airbus s'adjuge 2 %", "the Dow eased 0.2%" (not "eased
# restrictions by 5%").
NEEDS_AMOUNT_OBJECT = frozenset(
    {"add", "prendre", "reprendre", "adjuger", "engranger", "apprécier", "ease", "ajouter"}
)
# Verbs that rise when a firm or index does ("Tencent s'est envolé") but, as a participle on
# the value lost, say it is gone ("150 milliards de dollars de capitalisation envolés").
GONE_PARTICIPLES = frozenset({"envoler"})
# What a firm sells when it "cède" or "sells" something other than ground: a stake is a deal,
# not a move ("a cédé l'intégralité de sa participation", "sold its entire stake").
STAKE_NOUNS = frozenset(
    {"participation", "stake", "holding", "intégralité", "part", "parts", "action", "share"}
)
DOWN_NOUNS = frozenset(
    {"loss", "drop", "fall", "decline", "plunge", "slump", "selloff", "sell-off",
     "perte", "baisse", "chute", "recul", "plongeon", "effondrement", "dégringolade",
     "repli", "décrochage", "glissade", "rout", "tumble", "dip", "plongée"}
)  # fmt: skip
UP_NOUNS = frozenset(
    {
        "gain",
        "rise",
        "jump",
        "surge",
        "rally",
        "rebound",
        "climb",
        "advance",
        "hausse",
        "bond",
        "progression",
        "envolée",
        "rebond",
        "flambée",
        "remontée",
    }
)
# "closed down 3%", "was up 4%", "opened lower": a trading verb and the adverb of its move.
TRADING_VERBS = frozenset(
    {"close", "end", "finish", "trade", "open", "be", "settle", "move", "start", "head", "edge",
     "tick", "inch"}
)  # fmt: skip
MOVE_ADVERBS: dict[str, Literal["up", "down"]] = {
    "up": "up", "higher": "up", "down": "down", "lower": "down",
}  # fmt: skip
# Verbs that move their object, the way the adverb says: "dragged the index down 2.4%",
# "sending its shares up 21%", "pushed Alibaba shares 5% higher".
CAUSED_MOVES = frozenset({"send", "drag", "push", "pull", "drive", "knock", "lift", "take"})
# What makes a loss an accounting result, a level and not a move: "a net loss of 2.4 billion
# yuan", "une perte nette de 300 millions", "an operating loss", "une perte d'exploitation".
ACCOUNTING_LOSS = frozenset(
    {"net", "nette", "operating", "opérationnelle", "exploitation", "quarterly", "annual",
     "trimestrielle", "annuelle", "pre-tax"}
)  # fmt: skip
# Verbs that bring a day's move back to where it closed: "a limité ses pertes à 7 %", "pared
# its losses to 2%", "ramène sa hausse à 1 %". That last figure is the move.
PARE_VERBS = frozenset(
    {"limiter", "réduire", "ramener", "effacer", "pare", "trim", "cut", "narrow", "reduce",
     "par"}  # the English lemmatizer gives 'par' for 'paring'
)  # fmt: skip
# Phrasal verbs whose particle says the opposite of the adverb alone: "Nvidia gave up 3%".
# "Tech stocks sold off 4%".
PHRASAL_MOVES: dict[tuple[str, str], Literal["up", "down"]] = {
    ("give", "up"): "down", ("sell", "off"): "down",
}  # fmt: skip
# Definite nouns that stand for the company or index just named: "le titre a dévissé",
# "the stock rose", "l'indice a cédé 2 %"; the value is the kind of actor they refer back to.
MARKET_ANAPHORS: dict[str, str] = {
    "titre": "company", "action": "company", "groupe": "company", "société": "company",
    "entreprise": "company", "firme": "company", "valeur": "company",
    "stock": "company", "share": "company", "company": "company", "group": "company",
    "firm": "company", "indice": "asset", "index": "asset", "benchmark": "asset",
    # what market reports call the firm they just named: "le géant des puces a chuté",
    # "the chipmaker's stock slid"
    "géant": "company", "giant": "company", "fabricant": "company", "constructeur": "company",
    "équipementier": "company", "fondeur": "company", "chipmaker": "company",
    "maker": "company", "carmaker": "company", "automaker": "company",
    "conglomérat": "company", "conglomerate": "company",
}  # fmt: skip
RED_GREEN = re.compile(r"\b(dans le rouge|in the red|dans le vert|in the green)\b", re.I)

# Measures: words near the event that say what moved.
MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("liquidations", re.compile(r"liquidation", re.I)),
    (
        "market value",
        re.compile(
            r"valeur (marchande|boursière)|market (value|cap)|valuation|valorisation"
            r"|capitali[sz]ation",
            re.I,
        ),
    ),
    (
        "share price",
        re.compile(
            r"\bactions?\b|\bshares?\b|\bstocks?\b|\btitres?\b|cours de (l.action|bourse)"
            r"|share price",
            re.I,
        ),
    ),
    ("index level", re.compile(r"\bindices?\b|\bindex\b", re.I)),
    ("price", re.compile(r"\bprix\b|\bprice\b", re.I)),
)
# A move only foreseen or supposed is no event: "could fall", "pourrait chuter", "is expected
# to rise", "si le titre recule". Modals and forecasting verbs whose clause holds the move.
MODALS = frozenset(
    {"could", "would", "may", "might", "will", "shall", "should", "can", "must", "pouvoir",
     "devoir"}
)  # fmt: skip
FORECAST_HEADS = frozenset(
    {"expect", "forecast", "predict", "anticipate", "project", "likely", "poise", "pouvoir",
     "devoir", "risquer", "prévoir", "anticiper", "attendre", "tabler", "susceptible"}
)  # fmt: skip
CONDITIONS = frozenset({"if", "unless", "si"})
RESPECTIVELY = re.compile(r"\b(respectively|respectivement)\b", re.IGNORECASE)
# Company results, reported with their change, are market events with their own measure ("un
# chiffre d'affaires en hausse de 56 %", "OpenAI's revenue rose 40%"): analysts read them beside
# the moves they set off.
RESULTS = re.compile(
    r"chiffre d.affaires|\b(revenues?|sales|ventes|profits?|bénéfices?|earnings|résultats?"
    r"|turnover|income|marges?|margins?)\b",
    re.IGNORECASE,
)
# The head nouns of a firm's results when they are the subject of a move: "its revenue rose",
# "le chiffre d'affaires du groupe a progressé", "net profit fell". Downloads, users and
# headcounts are not among them.
RESULT_NOUNS = frozenset(
    {"revenue", "revenues", "sales", "profit", "profits", "earnings", "turnover", "income",
     "chiffre", "bénéfice", "bénéfices", "vente", "ventes", "résultat", "résultats"}
)  # fmt: skip
# Nouns that stand for the firm just named: "the group's chief executive", "le patron du groupe".
FIRM_NOUNS = frozenset(
    {"group", "company", "firm", "groupe", "société", "entreprise", "firme", "start-up",
     "startup", "chipmaker", "équipementier", "fabricant", "constructeur", "opérateur"}
)  # fmt: skip
# What an accusation calls the firm it names just before: "accused the British start-up of",
# "le géant californien" ("lab" is left out: it names research units as often as firms).
ACCUSED_FIRM_NOUNS = FIRM_NOUNS | frozenset(
    {"giant", "géant", "platform", "plateforme", "app",
     "application", "carrier", "maker", "developer", "éditeur", "network", "réseau",
     "moteur", "unit", "filiale", "subsidiary", "supplier", "fournisseur", "vendor"}
)  # fmt: skip
# Comparison and connection cues for links between cases or entities.
COMPARISON = re.compile(
    r"\b(comme|like|similar\w*|similaire\w*|compar\w+|à l.instar de|rappel\w+|echo\w*|"
    r"situation de|cas de|sort de|the case of|fate of|same as|même que|precedent|précédent|"
    r"analog\w*)\b",
    re.IGNORECASE,
)
PARTNER = re.compile(
    r"\b((partenaire|partner|allié|ally|investor|investisseur)\w*"
    r"|(backer|shareholder|actionnaire|customer|client)s?\b)",
    re.I,
)
OWNER = re.compile(
    r"\b(owner|owns|owned|propriétaire|maison mère|parent company|société mère|filiale|"
    r"subsidiary|groupe de)\b",
    re.I,
)
