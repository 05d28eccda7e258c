namespace Conflict.Claims.Claims;

/// <summary>A variable is measure + scope: <c>area_controlled/ua/RU-KRS</c>, with <c>-</c> for an empty part.</summary>
internal static class Variables
{
    public static string Of(string measureId, string party, string place)
        => $"{measureId}/{(party.Length == 0 ? "-" : party)}/{(place.Length == 0 ? "-" : place)}";
}
