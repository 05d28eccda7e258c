using Conflict.Extraction.Lexicon;

namespace Conflict.Extraction.Dates;

/// <summary>Calendar words of English and French (folded), shared by both languages.</summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["aug"] = 8, ["sept"] = 9, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
    };

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday,
        ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday, ["vendredi"] = DayOfWeek.Friday,
        ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>Phrases whose day is a fixed offset from publication (days; 0 = the publication day).</summary>
    public static readonly PhraseSet<int> Relative = new PhraseSet<int>()
        .AddAll(["yesterday", "hier", "last night", "overnight", "la veille", "dans la nuit", "cette nuit", "la nuit derniere"], -1)
        .AddAll(["the day before yesterday", "avant-hier"], -2)
        .AddAll(["today", "aujourd'hui", "this morning", "ce matin", "this week", "cette semaine", "so far", "jusqu'a present", "a ce jour", "to date"], 0)
        .AddAll(["last week", "la semaine derniere", "la semaine passee", "a week ago", "il y a une semaine"], -7)
        .AddAll(["last month", "le mois dernier", "a month ago", "il y a un mois"], -30).BindStatic();

    /// <summary>Phrases that mean the Monday of the publication week.</summary>
    public static readonly PhraseSet<bool> WeekStart = new PhraseSet<bool>().AddAll(
        ["at the beginning of the week", "at the start of the week", "earlier this week", "early this week",
         "beginning of the week", "start of the week", "en debut de semaine", "au debut de la semaine",
         "debut de semaine", "en début de semaine", "plus tot cette semaine"], true).BindStatic();

    /// <summary>Part-of-month words before a month name: day of the month they stand for.</summary>
    public static readonly PhraseSet<int> MonthPart = new PhraseSet<int>()
        .AddAll(["mid", "mid -", "in mid", "in mid -", "mi", "mi -", "a la mi", "a la mi -", "la mi -", "mi-"], 15)
        .AddAll(["early", "in early", "debut", "au debut", "at the beginning of", "at the start of", "au debut de", "debut de"], 5)
        .AddAll(["late", "in late", "fin", "a la fin", "at the end of", "end of", "a la fin de", "fin de"], 25).BindStatic();

    public static readonly HashSet<string> Since = Lexicon.Lexicon.Set(["since", "depuis"]);
    public static readonly HashSet<string> After = Lexicon.Lexicon.Set(["after", "apres", "au bout de", "later", "plus tard"]);
    public static readonly HashSet<string> Ago = Lexicon.Lexicon.Set(["ago"]);
    public static readonly HashSet<string> Weeks = Lexicon.Lexicon.Set(["week", "weeks", "semaine", "semaines"]);
    public static readonly HashSet<string> Days = Lexicon.Lexicon.Set(["day", "days", "jour", "jours", "journee", "journees"]);
    public static readonly HashSet<string> Ordinal = Lexicon.Lexicon.Set(["st", "nd", "rd", "th", "er", "e", "eme"]);

    /// <summary>Vocabulary bit of month and weekday names and "after"-words: where a calendar date may start.</summary>
    public static readonly int CalendarBit = Text.Vocabulary.RegisterStatic(k => Months.ContainsKey(k) || Weekdays.ContainsKey(k) || After.Contains(k));
}
