"""Cue phrases that state a link between two named parties, in English and French.

Each cue is matched on the sentence text (French parses of these phrases are often wrong: 'La
CNIL enquête sur' comes out as an adjective); `link_frames.py` finds who stands on each side.
A cue sits between its two parties ('Anthropic, backed by Amazon'), or follows the verb whose
subject is one party and precedes the other ('Alibaba holds a 10% stake in Talgen').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.records import LinkKind


@dataclass(frozen=True)
class Cue:
    kind: LinkKind
    pattern: re.Pattern[str]
    label: str
    product: bool = False  # one side must be a product (developer links)
    noun: bool = False  # a noun: its holder is the subject of a light verb, or its possessor
    adjacent: bool = False  # the holder is the name right before ('ChatGPT maker OpenAI')


def _cue(
    kind: LinkKind,
    label: str,
    pattern: str,
    *,
    product: bool = False,
    noun: bool = False,
    adjacent: bool = False,
) -> Cue:
    return Cue(kind, re.compile(pattern, re.IGNORECASE), label, product, noun, adjacent)


_OF = r"(of|de|d['’]|du|des)"
_BY = r"(by|par)"
_GAP = r"(?:[^,.;:()«»\"]|(?<=\d)[,.](?=\d)){0,30}?"  # one phrase's words ('a 1,3 bn stake in')
_FEM = r"(e|es|s)?"
_AUX = r"(a|ont|avait|avaient|aurait|auraient)"  # 'a convoqué', 'avait convoqué
# What is told rather than supplied: 'provided details to', 'a fourni des réponses à'.
_WORDS = (
    r"(information|informations|data|données|details|détails|documents|evidence|preuves"
    r"|answers|réponses|explanations|explications|comments|commentaires|assurances|guidance)"
)

CUES: tuple[Cue, ...] = (
    # Ownership.
    _cue("owns", "parent", r"['’]s?\s+(parent|owner|parent company|holding company)\b,?"),
    _cue(
        "owns",
        "owns",
        r",?\s*(which|that|qui)\s+(also\s+|now\s+|already\s+)?"
        r"(owns|controls|détient|possède|contrôle)\b",
    ),
    _cue(
        "owns",
        "unit of",
        rf"\b(unit|subsidiary|division|arm|filiale|branche|propriété)\s+({_OF}|inside|within)",
        noun=True,
    ),
    _cue(
        "owns",
        "part of",
        r"\b(which|qui|that)\s+(dépend|relève|fait partie|is part|is a unit|reports|sits"
        r"|is housed|falls)\s+(de l['’]|de la|du|des|de|d['’]|of|to|within|inside|under)"
        r"|,\s*(rattachée?s?|attached|subordinate)\s+(à la|à l['’]|au|aux|à|to)\b",
        adjacent=True,
    ),
    _cue(
        "owns",
        "parent of",
        rf"\b(parent company|parent|owner|maison mère|société mère"
        rf"|propriétaire)\s+{_OF}",
        noun=True,
    ),
    _cue("owns", "owned", r"-(owned|controlled)\b"),
    _cue(
        "owns",
        "owned by",
        rf"\b(owned|controlled|acquired|bought|détenu{_FEM}|contrôlé{_FEM}"
        rf"|racheté{_FEM}|acquis{_FEM})\s+{_BY}",
    ),
    _cue(
        "owns",
        "acquired",
        r"\b(acquired|has acquired|bought|has bought|took over|takes over"
        r"|acquires|buys|a racheté|ont racheté|a acquis|rachète|acquiert|absorbed|has absorbed"
        r"|absorbs|a absorbé|ont absorbé|absorbe"
        r"|a pris le contrôle d['’]|prend le contrôle d['’]|ont pris le contrôle d['’]"
        r"|took control of|has taken control of|have taken control of|takes control of)",
    ),
    _cue(
        "owns",
        "stake",
        rf"\b(stake|stakes|participation|shareholding)"
        rf"({_GAP}\s(in|dans|au capital d['’]|au capital de)\b|\s+(de|d['’]|of)\b(?!\s*\d))",
        noun=True,
    ),
    # Investment: a backer is a partner.
    _cue(
        "partner",
        "invested",
        rf"\b(invested|invests|investing|invest|a investi|ont investi"
        rf"|investit|investissent|investir|injecté|poured)\b{_GAP}\s(in|into|dans)\b",
    ),
    _cue(
        "partner",
        "backed by",
        rf"\b(backed|funded|financed|bankrolled|soutenu{_FEM}"
        rf"|financé{_FEM}|adossé{_FEM})\s+{_BY}",
    ),
    _cue("partner", "backed", r"-(backed|funded)\b"),
    _cue(
        "partner",
        "funding round",
        rf"\b(funding round|round of funding|levée de fonds"
        rf"|tour de table|investment|investissement){_GAP}\s(in|into|for|dans)\b",
        noun=True,
    ),
    _cue(
        "partner",
        "investor in",
        r"\b(investor|backer|investisseur|actionnaire|shareholder)s?\s+(in|of|de|d['’]|du|dans)\b",
        noun=True,
    ),
    # Partnerships.
    _cue(
        "partner",
        "partnered with",
        r"\b(partnered|partners|partnering|partner|teamed up"
        r"|teams up|team up|joined forces|joins forces|collaborates|collaborated|collaborating"
        r"|s['’]est associé{_FEM}|s['’]associe(nt)?|s['’]allie(nt)?|s['’]est allié{_FEM}"
        r"|collabore(nt)?)\s+(with|avec|à)\b".replace("{_FEM}", _FEM),
    ),
    _cue(
        "partner",
        "partnership",
        rf"\b(partnership|alliance|partenariat|joint venture"
        rf"|coentreprise|collaboration|strategic agreement){_GAP}\s(with|avec|between|entre)\b",
        noun=True,
    ),
    _cue(
        "partner",
        "partnership",
        r"\b(partnership|alliance|partenariat|joint venture"
        r"|coentreprise)\b(?!\s*(with|avec|between|entre))",
        noun=True,
    ),
    _cue(
        "partner",
        "partnership",
        r"\b(in partnership with|en partenariat avec|in collaboration"
        r" with|en collaboration avec|allied with|allié{_FEM} (à|avec))".replace("{_FEM}", _FEM),
    ),
    # Supply: a supplier or contractor is a partner ('supplies batteries to Tesla',
    # 'un sous-traitant de Huawei'); what is handed over must be goods, not words
    # ('provided details to the FTC').
    _cue(
        "partner",
        "supplies",
        rf"\b(supplies|supplied|supply|supplying|fournit|fournissent|a fourni|ont fourni"
        rf"|fournira|fourniront|fournissait|fournissaient)\b(?!{_GAP}\b{_WORDS}\b)"
        rf"{_GAP}\s(to|à|au|aux)\b",
    ),
    _cue(
        "partner",
        "makes for",
        rf"\b(manufactures|manufactured|assembles|assembled|fabrique|fabriquent|assemble"
        rf"|assemblent)\b{_GAP}\s(for|pour)\b",
    ),
    _cue(
        "partner",
        "supplier",
        r"\b(supplier|fournisseur|sous-traitant|subcontractor|contractor)s?"
        r"(\s+(de|d['’]|of)\s+[\w-]+(\s+[\w-]+)?)?\s+(to|of|for|de|d['’]|du|des)\b",
        noun=True,
    ),
    # Developers of products.
    _cue(
        "develops",
        "developed by",
        rf"\b(developed|built|created|designed|made|trained"
        rf"|développé{_FEM}|conçu{_FEM}|créé{_FEM}|mis{_FEM} au point|fabriqué{_FEM}"
        rf"|entraîné{_FEM})\s+{_BY}",
        product=True,
    ),
    _cue(
        "develops",
        "released",
        r"\b(released|launched|unveiled|introduced|rolled out|debuted"
        r"|releases|launches|unveils|a lancé|ont lancé|a dévoilé|ont dévoilé|a présenté"
        r"|a publié|lance|dévoile|a mis en ligne)\b",
        product=True,
    ),
    _cue(
        "develops",
        "maker of",
        rf"\b(maker|developer|creator|éditeur|créateur|concepteur"
        rf"|développeur|fabricant)\s+{_OF}",
        product=True,
        noun=True,
    ),
    _cue(
        "develops",
        "maker",
        r"\b(maker|developer|creator|éditeur|créateur)\b",
        product=True,
        adjacent=True,
    ),
    _cue("owns", "owner", r"\b(owner|parent company|parent)\b(?!\s+(of|de|d['’]))", adjacent=True),
    _cue(
        "owns",
        "acquisition",
        rf"\b(acquisition|takeover|purchase|buyout|rachat|prise de contrôle)"
        rf"\s+{_OF}",
        noun=True,
    ),
    _cue(
        "partner",
        "agreement",
        rf"\b(memorand(um|a) of understanding|protocole d['’]accord"
        rf"|letters? of intent|lettres? d['’]intention|agreement|agreements|deal|deals|accord"
        rf"|accords|contrat|contract|pact|pacte){_GAP}\s(with|avec)\b",
        noun=True,
    ),
    _cue(
        "investigates",
        "summoned",
        rf"\b(summoned|summons|{_AUX} convoqué|convoque|called in|{_AUX} perquisitionné"
        rf"|raided|audited|questioned|interroger|{_AUX} interrogé|questionner)\b",
    ),
    # Fines, lawsuits and criminal charges by an authority are enforcement acts (the holder
    # must be one: see link_frames._fits); a firm's own suit is no link.
    _cue(
        "bans",
        "fine or suit",
        rf"\b(fined|fines|has fined|have fined|sanctioned|{_AUX} sanctionné|sanctionne|sued"
        rf"|sues|has sued|{_AUX} assigné|{_AUX} poursuivi|{_AUX} infligé|inflige|infligé)"
        rf"(\s+(à|aux|au))?\b",
    ),
    _cue(  # 'charged X with', not 'charged that' nor 'X was charged with'
        "bans",
        "fine or suit",
        rf"\b(charged|charges|has charged|have charged|indicted|indicts|has indicted"
        rf"|have indicted|{_AUX} inculpé|inculpe|{_AUX} mis en examen|met en examen)"
        rf"\b(?!\s+(that|with|for|over|que|pour)\b)",
    ),
    _cue(
        "bans",
        "sanctioned by",
        rf"\b(fined|sued|sanctioned|blocked|banned|blacklisted|charged|indicted"
        rf"|sanctionnée?s?|condamnée?s?|inculpée?s?|mise?s? en examen"
        rf"|poursuivie?s?|bloquée?s?|interdite?s?|bannie?s?)\s+{_BY}",
    ),
    _cue(
        "bans",
        "a fine",
        rf"\b(amende|fine|penalty|pénalité|lawsuit|plainte|suit){_GAP}\s(à|aux|au|on|against"
        rf"|to|contre|à l['’]encontre d['’]|à l['’]encontre de)\b",
        noun=True,
    ),
    # Bans, sanctions and blacklists by an authority.
    _cue(
        "bans",
        "removal",
        rf"\b(removal|retrait|suppression|désinstallation|uninstallation)"
        rf"\s+{_OF}",
        noun=True,
    ),
    _cue(
        "bans",
        "ban",
        rf"\b(ban|bans|sanctions|crackdown|restrictions|embargo|interdiction"
        rf"|moratorium|moratoire){_GAP}\s(on|against|targeting|contre|visant"
        rf"|à l['’]encontre d['’]|à l['’]encontre de|sur|à)\b",
        noun=True,
    ),
    # Investigations.
    _cue(
        "investigates",
        "probe",
        rf"\b(probe|investigation|inquiry|enquête|enquêtes|proceedings|procédure|procédures"
        rf"|information judiciaire|examen|review|audit){_GAP}\s(into|on|of|against|sur|visant"
        rf"|concernant|contre|à l['’]encontre d['’]|à l['’]encontre de)\b",
        noun=True,
    ),
    _cue(
        "investigates",
        "enquête sur",
        r"\b(enquête|enquêtent|enquêtait|enquêtaient|enquêter"
        r"|enquêtant|a enquêté|ont enquêté)\s+(depuis\s+[^,.;:]{1,25}?\s+)?(sur|contre)\b",
    ),
    # 'The FBI, which has been investigating Salt Typhoon', 'regulators probed the firm'.
    _cue(
        "investigates",
        "investigating",
        r"\b(investigating|investigated|investigates|probing|probed)\b(?!\s+by\b)",
    ),
    # Formal steps of a proceeding addressed to a party: 'sent a statement of objections to',
    # 'a adressé une mise en demeure à', 'requests for information to'.
    _cue(
        "investigates",
        "formal notice",
        rf"\b(statements? of objections|formal notices?|notifications? de griefs"
        rf"|mises? en demeure|requests? for information|demandes? d['’]informations?)"
        rf"{_GAP}\s(to|à|au|aux|against|contre)\b",
        noun=True,
    ),
)
# Passive investigations: the target is the subject, the authority follows ('under
# investigation by the FTC', "fait l'objet d'une enquête de la CNIL").
UNDER_PROBE = re.compile(
    rf"\b(under|faces|face|facing|faced|fait l['’]objet d['’]|font l['’]objet d['’]"
    rf"|visé{_FEM} par|targeted by|the subject of|the target of){_GAP}"
    rf"(probe|investigation|inquiry|enquête)s?\s+(by|from|de|d['’]|du|des|de la|de l['’])",
    re.IGNORECASE,
)
# Verbs that make a noun cue someone's act: 'imposed a ban', 'opened a probe', 'holds a stake'.
LIGHT_VERBS = frozenset(
    {
        "impose", "announce", "order", "issue", "extend", "enact", "intensify", "step",
        "infliger", "levy", "file", "déposer", "bring", "intenter",
        "tighten", "expand", "launch", "open", "conduct", "begin", "start", "lead", "hold",
        "take", "have", "own", "acquire", "buy", "sign", "form", "forge", "strike", "seal",
        "enter", "be", "unveil", "widen", "initiate", "increase", "raise", "sell",
        "imposer", "annoncer", "ordonner", "décréter", "prononcer", "étendre", "renforcer",
        "durcir", "lancer", "ouvrir", "mener", "engager", "décider", "adopter", "détenir",
        "prendre", "signer", "conclure", "nouer", "sceller", "former", "être", "posséder",
        "acquérir", "augmenter", "céder", "diriger", "participer", "avoir", "officialiser",
        "require", "mandate", "exiger", "enforce", "appliquer", "complete", "finalise",
        "finalize", "close", "finaliser", "boucler", "reach", "conclude", "agree", "approve",
        "block", "clear", "autoriser", "approuver", "bloquer", "valider", "continue",
        "poursuivre", "élargir", "prolonger", "renew", "renouveler", "send", "envoyer",
        "adresser", "serve", "notifier",
    }
)  # fmt: skip
# Words a possessive product phrase may hold: 'its R1 model', 'son modèle R1', 'its chatbot'.
PRODUCT_NOUNS = frozenset(
    {
        "model", "models", "chatbot", "assistant", "app", "application", "chip", "chips",
        "processor", "processors", "platform", "service", "tool", "system", "ai", "llm",
        "modèle", "modèles", "puce", "puces", "processeur", "processeurs", "plateforme",
        "outil", "système", "ia", "agent", "robot", "logiciel", "software", "product",
        "produit", "engine", "moteur", "network", "réseau", "new", "nouveau", "nouvelle",
        "latest", "dernier", "flagship", "phare", "accelerator", "accélérateur", "gpu",
        "family", "famille", "series", "série", "suv", "car", "voiture", "vehicle", "véhicule",
        "smartphone", "phone", "téléphone", "device", "appareil", "browser", "navigateur",
        "gateway", "gateways", "appliance", "appliances", "firewall", "firewalls", "pare-feu",
    }
)  # fmt: skip
# 'Huawei, dont les processeurs Ascend', 'Mistral AI, whose assistant Le Chat', 'whose R1';
# not 'des bases utilisées par Meta, dont la bibliothèque LibGen' (among which).
CUES += (
    _cue(
        "develops",
        "whose",
        r"\b(dont|whose)\s+((les|le|la|l['’]|ses|son|sa|the|its)\s*)?"
        rf"(?=(?-i:[A-Z0-9])|([\w-]+\s+)?({'|'.join(sorted(PRODUCT_NOUNS))})\b)",
        product=True,
        adjacent=True,
    ),
)
# What a person or firm owns rather than makes: 'his social network X', 'sa filiale Nexperia'.
OWNED_NOUNS = frozenset(
    {
        "network", "réseau", "company", "société", "entreprise", "firm", "firme", "group",
        "groupe", "subsidiary", "filiale", "brand", "marque", "unit", "division", "startup",
        "start-up", "venture", "fund", "fonds", "newspaper", "journal", "media", "média",
    }
)  # fmt: skip
# Comparisons beyond the shared cue list: 'the same fate as TikTok', 'le même sort que TikTok'.
SAME_AS = re.compile(
    r"\b(same|similar)\s+(\w+\s+){0,1}(fate|treatment|path|scrutiny|restrictions|ban|fate|route)"
    r"\s+as\b|\bmême\s+(sort|traitement|chemin|destin|sanction|interdiction|route)s?\s+que\b"
    r"|\bsur le modèle de\b|\bin the mould of\b|\bfollowing in the footsteps of\b"
    r"|\bsur les traces de\b|\bin the footsteps of\b|\btout comme\b|\bau même titre que\b"
    r"|\bjust as\b|\bà l['’]image de\b",
    re.IGNORECASE,
)
