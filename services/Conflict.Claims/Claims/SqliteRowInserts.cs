using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Conflict.Claims.Claims;

/// <summary>The per-claim inserts on SQLite's native API, bound by position (see <see cref="SqliteStatement"/>).</summary>
internal sealed class SqliteRowInserts(SqliteConnection connection) : IRowInserts
{
    private readonly SqliteStatement _claim = new(connection, ClaimInsertSql.Text);
    private readonly SqliteStatement _change = new(connection, ClaimInsertSql.Change);

    public Task<int> InsertClaimAsync(ClaimRow r, DbTransaction tx, CancellationToken ct)
    {
        // Positions follow ClaimInsertSql.Text's VALUES list.
        _claim.Text(1, r.Id).Text(2, r.RequestId).Text(3, r.Claimant).Text(4, r.ClaimantText).Integer(5, r.ClaimantUnresolved ? 1 : 0)
            .Text(6, r.Reporter).Text(7, r.ReporterText).Text(8, r.DocumentId).Text(9, r.Quote).Integer(10, r.QuoteStart)
            .Integer(11, r.QuoteEnd).Text(12, r.MeasureId).Text(13, r.Party).Text(14, r.Place).Text(15, r.Variable)
            .Integer(16, r.Qualifier).Real(17, r.Low).Real(18, r.High).Real(19, r.Point).Text(20, r.Unit).Text(21, r.ValueText)
            .Real(22, r.NormLow).Real(23, r.NormHigh).Real(24, r.NormPoint).Text(25, r.NormUnit).Text(26, r.Subject)
            .Text(27, r.Category).Integer(28, r.AsOfStartMs).Integer(29, r.AsOfEndMs).Integer(30, r.StatementMs).Integer(31, r.Origin)
            .Text(32, r.ExtractorVersion).Real(33, r.Confidence).Text(34, r.Supersedes).Text(35, r.StatementKey).Integer(36, r.CreateMs)
            .Text(37, r.Creator);
        return Task.FromResult(_claim.Execute());
    }

    public Task InsertChangeAsync(long sequence, string claimId, int changeType, long changeMs, DbTransaction tx, CancellationToken ct)
    {
        _change.Integer(1, sequence).Text(2, claimId).Integer(3, changeType).Integer(4, changeMs).Execute();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _claim.Dispose();
        _change.Dispose();
        return ValueTask.CompletedTask;
    }
}
