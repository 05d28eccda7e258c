namespace Conflict.Extraction.Lexicon;

/// <summary>How an attribution phrase introduces its speaker.</summary>
internal enum FrameKind
{
    /// <summary>A reporting verb: "X said", "said X", "a déclaré X".</summary>
    Say,
    /// <summary>A reporting verb whose object relays the statement: "X told AFP".</summary>
    Tell,
    /// <summary>A source preposition: "according to X", "selon X".</summary>
    According,
    /// <summary>A participle that continues the subject's statement: "saying", "affirmant".</summary>
    Participle,
}
