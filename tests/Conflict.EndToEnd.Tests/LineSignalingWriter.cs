namespace Conflict.EndToEnd.Tests;

/// <summary>A string writer that lets a test wait until a number of lines has been written.</summary>
internal sealed class LineSignalingWriter : StringWriter
{
    private readonly SemaphoreSlim _lines = new(0);

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        _lines.Release();
    }

    public async Task WaitForLinesAsync(int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            await _lines.WaitAsync(ct);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }
        base.Dispose(disposing);
    }
}
