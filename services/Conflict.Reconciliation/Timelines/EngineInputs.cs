using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Projection;

namespace Conflict.Reconciliation.Timelines;

/// <summary>Turns projection rows into the engine's inputs.</summary>
internal static class EngineInputs
{
    /// <summary>The measure id of a variable name `measure/party/place`.</summary>
    public static string MeasureOf(string variable) => variable.Split('/')[0];

    public static VariableInput Build(string variable, IReadOnlyList<ClaimRow> claims, IReadOnlyDictionary<string, SourceRow> sources, MeasureKind kind)
    {
        var parts = variable.Split('/');
        var spec = VariableSpec.For(parts[0], parts.Length > 1 && parts[1] != "-" ? parts[1] : null, parts.Length > 2 ? parts[2] : "");
        // A variable whose claims name categories rather than figures is categorical, whatever its measure says.
        var categorical = claims.Count > 0 && claims.All(c => c.Category.Length > 0 && c.Qualifier == 0);
        spec = spec with { Kind = categorical ? MeasureKind.Categorical : kind };
        return new VariableInput(spec, claims.Select(c => ToInput(c, sources)).ToList());
    }

    public static ClaimInput ToInput(ClaimRow row, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var source = sources.GetValueOrDefault(row.Claimant);
        return new ClaimInput
        {
            Id = row.Id,
            // An unresolved claimant is still one witness: its name as written stands for it.
            Claimant = row.Claimant.Length > 0 ? row.Claimant : "unresolved:" + row.ClaimantText.Trim().ToLowerInvariant(),
            Alignment = string.IsNullOrEmpty(source?.AlignedParty) ? null : source.AlignedParty,
            ClaimantKind = source?.Kind.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Reporter = row.Reporter.Length > 0 ? row.Reporter : null,
            StatementKey = row.StatementKey,
            From = ProjectionMapping.ToDate(row.AsOfStart),
            To = ProjectionMapping.ToDate(row.AsOfEnd),
            Quantity = row.Qualifier == 0 ? null : new Quantity(ToQualifier(row.Qualifier), row.Low, row.High, row.Point),
            Category = row.Category.Length > 0 ? row.Category : null,
        };
    }

    /// <summary>Maps the wire enum (conflict.type.v1.Qualifier, 1 = EXACT ... 8 = VAGUE) to the engine's.</summary>
    private static Qualifier ToQualifier(int wire) => wire switch
    {
        1 => Qualifier.Exact,
        2 => Qualifier.Approximate,
        3 => Qualifier.AtLeast,
        4 => Qualifier.MoreThan,
        5 => Qualifier.AtMost,
        6 => Qualifier.LessThan,
        7 => Qualifier.Range,
        _ => Qualifier.Vague,
    };
}
