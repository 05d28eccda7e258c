namespace Conflict.Sources.Writes;

/// <summary>How a write ended; each status maps to one gRPC code.</summary>
internal enum WriteStatus
{
    /// <summary>Committed.</summary>
    Ok,

    /// <summary>The source does not exist (NOT_FOUND).</summary>
    NotFound,

    /// <summary>The id is taken (ALREADY_EXISTS).</summary>
    IdTaken,

    /// <summary>An alias is another source's name (ALREADY_EXISTS, naming that source).</summary>
    AliasTaken,

    /// <summary>The etag is stale (ABORTED).</summary>
    EtagMismatch,

    /// <summary>Fields are invalid, e.g. an unknown parent or a parent cycle (INVALID_ARGUMENT).</summary>
    Invalid,

    /// <summary>The source is in the wrong state, e.g. deleting a deleted source (FAILED_PRECONDITION).</summary>
    WrongState,
}
