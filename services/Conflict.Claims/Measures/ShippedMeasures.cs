namespace Conflict.Claims.Measures;

/// <summary>
/// The catalog shipped with the service. Temporary in-code list until the extraction branch's
/// <c>Measures/measures.json</c> loader is merged; then this delegates to it.
/// </summary>
internal static class ShippedMeasures
{
    private static readonly Dictionary<string, double> Area = new()
    {
        ["km2"] = 1, ["km²"] = 1, ["sq km"] = 1, ["square kilometres"] = 1, ["square kilometers"] = 1,
        ["kilomètres carrés"] = 1, ["square miles"] = 2.589988, ["sq mi"] = 2.589988, ["hectares"] = 0.01, ["ha"] = 0.01,
    };

    private static readonly Dictionary<string, double> Length = new()
    {
        ["km"] = 1, ["kilometres"] = 1, ["kilometers"] = 1, ["kilomètres"] = 1, ["miles"] = 1.609344, ["mi"] = 1.609344, ["m"] = 0.001,
    };

    private static readonly Dictionary<string, double> Count = new() { ["count"] = 1 };

    private static readonly Dictionary<string, double> Percent = new() { ["percent"] = 1, ["%"] = 1, ["per cent"] = 1, ["pour cent"] = 1 };

    public static IReadOnlyList<MeasureDefinition> Load() =>
    [
        Make("area_controlled", "km2", "level", Area, 0, null, "Area a party controls", "Superficie contrôlée", ["km²", "square kilometres", "territory"], ["km²", "territoire"]),
        Make("area_controlled_peak", "km2", "level", Area, 0, null, "Peak area controlled", "Superficie maximale contrôlée", ["at its peak"], ["au plus fort"]),
        Make("area_gained", "km2", "flow", Area, 0, null, "Area gained", "Superficie gagnée", ["gained", "captured"], ["gagné", "conquis"]),
        Make("area_retaken_share", "percent", "level", Percent, 0, 100, "Share of territory retaken", "Part du territoire reprise", ["retaken", "liberated"], ["repris", "libéré"]),
        Make("localities_controlled", "count", "level", Count, 0, null, "Localities controlled", "Localités contrôlées", ["localities", "settlements", "villages"], ["localités", "villages"]),
        Make("localities_gained", "count", "flow", Count, 0, null, "Localities gained", "Localités conquises", ["captured settlements"], ["localités conquises"]),
        Make("advance_depth", "km", "level", Length, 0, null, "Depth of advance", "Profondeur d'avancée", ["deep", "advanced"], ["profondeur", "avancé"]),
        Make("front_width", "km", "level", Length, 0, null, "Width of the front", "Largeur du front", ["wide", "front"], ["large", "front"]),
        Make("incursion_depth", "km", "level", Length, 0, null, "Depth of the incursion", "Profondeur de l'incursion", ["deep into"], ["en profondeur"]),
        Make("prisoners_taken", "count", "cumulative", Count, 0, null, "Prisoners taken", "Prisonniers", ["prisoners", "captured"], ["prisonniers"]),
        Make("civilians_killed", "count", "cumulative", Count, 0, null, "Civilians killed", "Civils tués", ["civilians killed"], ["civils tués"]),
        Make("civilians_injured", "count", "cumulative", Count, 0, null, "Civilians injured", "Civils blessés", ["injured", "wounded"], ["blessés"]),
        Make("people_displaced", "count", "cumulative", Count, 0, null, "People displaced", "Personnes déplacées", ["evacuated", "displaced"], ["évacués", "déplacés"]),
        Make("troops_deployed", "count", "level", Count, 0, null, "Troops deployed", "Troupes déployées", ["troops", "soldiers"], ["troupes", "soldats"]),
        Make("aid_workers_killed", "count", "cumulative", Count, 0, null, "Aid workers killed", "Humanitaires tués", ["aid workers"], ["humanitaires"]),
        Make("military_losses", "count", "cumulative", Count, 0, null, "Military losses", "Pertes militaires", ["losses", "casualties"], ["pertes"]),
        Make("military_killed", "count", "cumulative", Count, 0, null, "Soldiers killed", "Soldats tués", ["soldiers killed"], ["soldats tués"]),
        Make("territory_share_occupied", "percent", "level", Percent, 0, 100, "Share of territory occupied", "Part du territoire occupée", ["occupied"], ["occupé"]),
    ];

    private static MeasureDefinition Make(string id, string unit, string kind, Dictionary<string, double> aliases, double? min, double? max,
        string en, string fr, IReadOnlyList<string> triggersEn, IReadOnlyList<string> triggersFr) => new()
        {
            Id = id,
            Unit = unit,
            Kind = kind,
            Min = min,
            Max = max,
            DisplayNames = new Dictionary<string, string> { ["en"] = en, ["fr"] = fr },
            Triggers = new Dictionary<string, IReadOnlyList<string>> { ["en"] = triggersEn, ["fr"] = triggersFr },
            UnitAliases = aliases,
            Description = en + ".",
        };
}
