namespace Conflict.Extraction.Dates;

/// <summary>
/// A date expression in a sentence, tokens [Start, End): the day it resolves to and, for "since ..." periods,
/// the day the period starts. <c>Explicit</c> marks a written calendar date ("August 6"), the anchor of
/// "after ten days"-style durations.
/// </summary>
internal readonly record struct DateMention(int Start, int End, DateOnly Date, DateOnly? PeriodStart, bool Explicit);
