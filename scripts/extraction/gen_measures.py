#!/usr/bin/env python3
"""Writes services/Conflict.Claims/Measures/measures.json, the shipped measure catalog.

The catalog is data: edit the tables here (or the JSON directly) to add a measure or a trigger.
Fields beyond the base shape, read by the extractor:
  nouns         what a count measure counts ("villages", "prisonniers"); matched in the noun phrase after the number
  nounRequired  the number must be followed by one of the nouns
  triggerRequired  a trigger word must occur near the number (nouns of the measure also count as triggers)
  partyRole     holder | captor | own | none: whose side the figure is about
"""
import json
import pathlib

AREA = {"km²": 1, "km2": 1, "sq km": 1, "sq. km": 1, "sq.km": 1, "square km": 1, "square kilometres": 1,
        "square kilometers": 1, "square kilometre": 1, "square kilometer": 1, "square miles": 2.589988,
        "square mile": 2.589988, "sq mi": 2.589988, "sq. mi": 2.589988, "hectares": 0.01, "ha": 0.01,
        "kilomètres carrés": 1, "kilomètre carré": 1, "kilometres carres": 1, "km carrés": 1, "milles carrés": 2.589988}
LENGTH = {"km": 1, "kms": 1, "kilometres": 1, "kilometers": 1, "kilometre": 1, "kilometer": 1, "kilomètres": 1,
          "kilomètre": 1, "miles": 1.609344, "mile": 1.609344, "metres": 0.001, "meters": 0.001, "mètres": 0.001, "m": 0.001}
PERCENT = {"%": 1, "percent": 1, "per cent": 1, "pour cent": 1, "pourcent": 1, "pct": 1}
COUNT = {}

PEOPLE_EN = ["civilians", "civilian", "people", "persons", "residents", "inhabitants", "children", "women", "villagers",
             "locals", "passengers", "patients"]
PEOPLE_FR = ["civils", "civil", "personnes", "habitants", "résidents", "enfants", "femmes", "villageois", "passagers"]
SOLDIERS_EN = ["soldiers", "troops", "servicemen", "fighters", "service members", "military personnel", "personnel",
               "combatants", "conscripts", "marines", "paratroopers", "mercenaries"]
SOLDIERS_FR = ["soldats", "troupes", "militaires", "combattants", "hommes", "conscrits", "mercenaires", "parachutistes"]
PLACES_EN = ["localities", "locality", "towns", "town", "villages", "village", "settlements", "settlement", "cities",
             "hamlets", "communities", "municipalities"]
PLACES_FR = ["localités", "localité", "villes", "ville", "villages", "village", "communes", "hameaux",
             "agglomérations", "bourgs", "municipalités"]
CONTROL_EN = ["control*", "captur*", "occup*", "liberat*", "claimed", "claims", "claiming", "control", "controls", "controlled", "controlling", "captured", "capturing", "capture", "captures",
              "seized", "seizing", "seize", "taken", "took", "take", "taking", "hold", "holds", "held", "holding",
              "occupied", "occupies", "occupy", "conquered", "conquer", "liberated", "liberating", "loss", "lost",
              "losing", "ceded", "fell", "retaken", "recaptured", "retook", "regained", "recapture", "under", "occupation", "territory"]
CONTROL_FR = ["contrôl*", "captur*", "occup*", "libér*", "revendiqu*", "tenons", "tient", "tiennent", "tenir", "détient",
              "détiennent", "détenir", "contrôle", "contrôlent", "contrôlé", "contrôlée", "contrôlés", "contrôlait", "contrôler", "capturé",
              "capturés", "capturée", "capturées", "capturant", "pris", "prise", "prises", "prennent", "occupé",
              "occupée", "occupés", "occupe", "occupent", "conquis", "conquise", "libéré", "libérés", "libérées",
              "perte", "pertes", "perdu", "perdus", "tombés", "repris", "emparé", "emparées", "emparés", "territoire",
              "zone"]
GAIN_EN = ["additional", "new", "more", "another", "further", "gained", "gain", "gains", "gaining", "extra"]
GAIN_FR = ["supplémentaires", "supplémentaire", "nouveaux", "nouvelles", "nouveau", "nouvelle", "gagné", "gagnés",
           "gains", "de plus"]
KILLED_EN = ["killed", "dead", "died", "deaths", "death toll", "lost their lives", "slain", "fatalities", "killing"]
KILLED_FR = ["tués", "tuées", "tué", "tuée", "morts", "mortes", "mort", "décès", "décédés", "ont péri", "bilan", "victimes"]
INJURED_EN = ["injured", "wounded", "hurt", "injuries", "casualties"]
INJURED_FR = ["bless*", "blessés", "blessées", "blessé", "blessée", "blessures"]


def m(id, unit, kind, en, fr, triggers_en, triggers_fr, aliases, desc, party, nouns_en=(), nouns_fr=(),
      noun_required=False, trigger_required=True, max_=None):
    return {"id": id, "unit": unit, "kind": kind, "min": 0, "max": max_,
            "displayNames": {"en": en, "fr": fr},
            "triggers": {"en": list(triggers_en), "fr": list(triggers_fr)},
            "nouns": {"en": list(nouns_en), "fr": list(nouns_fr)},
            "nounRequired": noun_required, "triggerRequired": trigger_required, "partyRole": party,
            "unitAliases": aliases, "description": desc}


MEASURES = [
    m("area_controlled", "km2", "level", "Area controlled", "Superficie contrôlée", CONTROL_EN + ["advanced", "advance",
      "conquest", "area", "zone", "surface", "pocket", "bridgehead", "foothold"], CONTROL_FR + ["avancé", "avancées", "avancée", "superficie", "surface", "reconquis", "reconquise", "reprise"], AREA,
      "Territory held by the party in the place, in km².", "holder"),
    m("area_controlled_peak", "km2", "level", "Peak area controlled", "Superficie contrôlée au maximum",
      ["peak", "at its height", "at the height", "at its peak", "maximum", "at most"], ["au plus fort", "apogée",
      "maximum", "au maximum"], AREA, "Largest territory the party held in the place during an operation.", "holder"),
    m("area_gained", "km2", "flow", "Area gained", "Superficie gagnée", GAIN_EN + ["advanced by", "added"], GAIN_FR
      + ["progressé de", "avancé de"], AREA, "Territory gained by the party over a period, in km².", "holder"),
    m("area_retaken_share", "percent", "flow", "Share of area retaken", "Part du territoire reprise",
      ["retaken", "recaptured", "regained", "won back", "liberated", "decreased", "shrunk", "shrank", "reduced",
       "lost", "cut"], ["repris", "reprise", "reconquis", "reconquise", "libéré", "diminué", "réduit", "réduite",
      "perdu", "rétréci"], PERCENT, "Share of the territory the other side had taken that the party has retaken.", "holder",
      max_=100),
    m("territory_share_occupied", "percent", "level", "Share of territory occupied", "Part du territoire occupée",
      ["occupies", "occupied", "occupation", "occupy", "controls", "control", "controlled", "holds", "held"],
      ["occupe", "occupent", "occupé", "occupée", "occupation", "contrôle", "contrôlent", "contrôlée", "détient"],
      PERCENT, "Share of a country's territory occupied by the party.", "holder", max_=100),
    m("localities_controlled", "count", "level", "Localities controlled", "Localités contrôlées", CONTROL_EN,
      CONTROL_FR, COUNT, "Number of localities held by the party in the place.", "holder", PLACES_EN, PLACES_FR,
      noun_required=True),
    m("localities_gained", "count", "flow", "Localities gained", "Localités gagnées", GAIN_EN, GAIN_FR, COUNT,
      "Localities taken by the party over a period.", "holder", PLACES_EN, PLACES_FR, noun_required=True),
    m("advance_depth", "km", "flow", "Advance depth", "Profondeur de l'avancée", ["advanced", "advance", "advancing",
      "advances", "progressed", "pushed", "moved forward", "gained", "penetrated", "forward"], ["avanc*", "progress*", "avancé", "avancer",
      "avancée", "avancées", "avancent", "avance", "progressé", "progresser", "progression", "percé"], LENGTH,
      "How far the party's forces advanced over a period.", "holder"),
    m("front_width", "km", "level", "Front width", "Largeur du front", ["wide", "width", "front", "broad", "along"],
      ["large", "largeur", "front"], LENGTH, "Width of the party's front or bridgehead.", "holder"),
    m("incursion_depth", "km", "level", "Incursion depth", "Profondeur de l'incursion", ["deep", "depth", "inside",
      "deep into"], ["profondeur", "profond", "en profondeur"], LENGTH,
      "How deep the party's forces stand inside the place.", "holder"),
    m("prisoners_taken", "count", "cumulative", "Prisoners taken", "Prisonniers faits", ["prisoner", "prisoners",
      "captured", "captivity", "surrendered", "pows", "taken captive"], ["prisonniers", "prisonnier", "capturés",
      "captivité", "rendus", "faits prisonniers"], COUNT, "People captured by the party.", "captor",
      ["prisoners", "prisoners of war", "pows", "captives"], ["prisonniers", "prisonniers de guerre", "captifs"],
      trigger_required=False),
    m("civilians_killed", "count", "cumulative", "Civilians killed", "Civils tués", KILLED_EN, KILLED_FR, COUNT,
      "Civilians killed in the place.", "none", PEOPLE_EN, PEOPLE_FR),
    m("civilians_injured", "count", "cumulative", "Civilians injured", "Civils blessés", INJURED_EN, INJURED_FR,
      COUNT, "Civilians injured in the place.", "none", PEOPLE_EN, PEOPLE_FR),
    m("people_displaced", "count", "cumulative", "People displaced", "Personnes déplacées", ["fled", "flee", "fleeing",
      "evacuated", "evacuation", "evacuate", "displaced", "refugees", "evacuees", "forced to leave", "uprooted"],
      ["évacu*", "fui", "fuir", "fuyant", "évacués", "évacuées", "évacuation", "évacuer", "déplacés", "déplacées", "réfugiés",
       "exilés"], COUNT, "People who fled or were evacuated from the place.", "none", PEOPLE_EN + ["refugees",
      "evacuees", "displaced", "families", "households"], PEOPLE_FR + ["réfugiés", "déplacés", "familles", "foyers"]),
    m("troops_deployed", "count", "level", "Troops deployed", "Troupes déployées", ["deployed", "sent", "stationed",
      "massed", "dispatched", "deploying", "deployment", "reinforcements", "send", "mobilised", "mobilized"],
      ["déploy*", "déployés", "déployé", "déployées", "envoyés", "envoyé", "stationnés", "massés", "dépêchés", "renforts",
       "mobilisés", "déploiement"], COUNT, "Soldiers of the party deployed in the place.", "own", SOLDIERS_EN,
      SOLDIERS_FR, noun_required=True),
    m("aid_workers_killed", "count", "cumulative", "Aid workers killed", "Humanitaires tués", KILLED_EN, KILLED_FR,
      COUNT, "Humanitarian workers killed in the place.", "none", ["aid workers", "humanitarian workers",
      "humanitarians", "rescuers", "relief workers", "volunteers", "medics", "paramedics"],
      ["travailleurs humanitaires", "humanitaires", "secouristes", "bénévoles", "volontaires", "soignants",
       "ambulanciers"], noun_required=True),
    m("military_killed", "count", "cumulative", "Soldiers killed", "Soldats tués", KILLED_EN, KILLED_FR, COUNT,
      "Soldiers of the party killed.", "own", SOLDIERS_EN, SOLDIERS_FR, noun_required=True),
    m("military_losses", "count", "cumulative", "Military losses", "Pertes militaires", ["losses", "casualties",
      "lost", "killed or wounded", "dead and wounded", "out of action"], ["pertes", "perdu", "hors de combat",
      "tués ou blessés", "morts et blessés"], COUNT, "Soldiers of the party killed, wounded, captured or missing.",
      "own", SOLDIERS_EN + ["casualties", "losses"], SOLDIERS_FR + ["pertes"], noun_required=True),
]

out = pathlib.Path(__file__).resolve().parents[2] / "services/Conflict.Claims/Measures/measures.json"


def dump(v, ind=0):
    pad = "  " * ind
    if isinstance(v, dict):
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {dump(x, ind + 1).lstrip()}' for k, x in v.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list) and v and isinstance(v[0], dict):
        return pad + "[\n" + ",\n".join(dump(x, ind + 1) for x in v) + "\n" + pad + "]"
    return pad + json.dumps(v, ensure_ascii=False)


out.write_text(dump({"measures": MEASURES}) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(MEASURES)} measures)")
