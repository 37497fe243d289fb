using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

/// <summary>A note version's findings as one jsonb value: read whole, never queried inside.</summary>
internal static class FindingsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static readonly ValueConverter<List<Finding>, string> Converter = new(
        findings => JsonSerializer.Serialize(findings, Options),
        json => JsonSerializer.Deserialize<List<Finding>>(json, Options) ?? new List<Finding>());

    public static readonly ValueComparer<List<Finding>> Comparer = new(
        (left, right) => left!.SequenceEqual(right!),
        findings => findings.Aggregate(0, (hash, f) => HashCode.Combine(hash, f.GetHashCode())),
        findings => findings.ToList());
}
