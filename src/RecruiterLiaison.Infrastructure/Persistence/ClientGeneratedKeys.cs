using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>
/// Domain entities make their own Guid ids. Telling EF so matters: a child added to a
/// tracked aggregate (a review decision on a note) is then inserted, not mistaken for an
/// existing row to update.
/// </summary>
internal static class ClientGeneratedKeys
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }
}
