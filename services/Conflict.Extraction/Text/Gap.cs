namespace Conflict.Extraction.Text;

/// <summary>What separates a token from the one before it.</summary>
internal enum Gap : byte
{
    None,
    Space,
    /// <summary>No-break, narrow no-break or thin space: the thousands separator of French typography.</summary>
    FixedSpace,
    Newline,
}
