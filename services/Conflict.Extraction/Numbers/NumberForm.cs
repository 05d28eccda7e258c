namespace Conflict.Extraction.Numbers;

/// <summary>How a number was written.</summary>
internal enum NumberForm
{
    Digits,
    Words,
    /// <summary>"a", "an", "un", "une": a number only before a unit or in a range ("d'un à deux kilomètres").</summary>
    Article,
    /// <summary>"a dozen", "une centaine": approximate by nature.</summary>
    Approximate,
    /// <summary>"hundreds", "des dizaines": an interval.</summary>
    Vague,
    /// <summary>"a third", "la moitié": a share, in percent.</summary>
    Fraction,
}
