using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal static class RowVersions
{
    /// <summary>
    /// PostgreSQL's system column <c>xmin</c> as the optimistic-concurrency version: it changes on
    /// every update without a column of our own, and migrations never create it.
    /// </summary>
    public static PropertyBuilder<uint> IsXminRowVersion(this PropertyBuilder<uint> property) =>
        property.IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
}
