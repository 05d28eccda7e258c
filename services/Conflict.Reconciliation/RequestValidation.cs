using System.Globalization;
using System.Text.RegularExpressions;
using Conflict.ServiceDefaults;

namespace Conflict.Reconciliation;

/// <summary>Checks of request fields shared by the RPCs; each adds a field violation instead of throwing.</summary>
internal static partial class RequestValidation
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static void Variable(FieldViolations violations, string field, string value, bool required = true)
    {
        if (value.Length == 0)
        {
            if (required)
            {
                violations.Add(field, "is required: a variable such as area_controlled/ua/RU-KRS");
            }
            return;
        }
        if (!VariablePattern().IsMatch(value))
        {
            violations.Add(field, $"'{value}' is not a variable: expected measure/party/place, e.g. area_controlled/ua/RU-KRS or civilians_killed/-/RU-KRS");
        }
    }

    /// <summary>Parses an optional ISO date; null when empty or invalid (invalid adds a violation).</summary>
    public static DateOnly? Date(FieldViolations violations, string field, string value, bool required = false)
    {
        if (value.Length == 0)
        {
            if (required)
            {
                violations.Add(field, "is required: a day as YYYY-MM-DD");
            }
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        violations.Add(field, $"'{value}' is not a day as YYYY-MM-DD");
        return null;
    }

    public static int PageSize(FieldViolations violations, int pageSize)
    {
        if (pageSize < 0)
        {
            violations.Add("page_size", "must not be negative");
        }
        return pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
    }

    public static void Method(FieldViolations violations, string field, V1.Method method)
    {
        if (!Enum.IsDefined(method))
        {
            violations.Add(field, $"{(int)method} is not a method: use STATE_SPACE, MEAN, MEDIAN, MAJORITY_VOTE or CRH");
        }
    }

    public static void Source(FieldViolations violations, string field, string value)
    {
        if (value.Length == 0)
        {
            violations.Add(field, "is required: a source name such as sources/zelensky");
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,62}/([a-z]{2}|-)/[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex VariablePattern();
}
