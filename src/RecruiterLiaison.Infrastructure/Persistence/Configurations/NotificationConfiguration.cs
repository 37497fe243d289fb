using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notifications;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(Limits.TitleLength);
        builder.Property(n => n.Body).HasMaxLength(Limits.MessageLength);
        builder.Property(n => n.Link).HasMaxLength(Limits.UrlLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(Limits.EmailLength);
        builder.Property(m => m.Subject).HasMaxLength(Limits.TitleLength);
        builder.Property(m => m.Body).HasMaxLength(Limits.NoteBodyLength * 2);
        builder.Property(m => m.LastError).HasMaxLength(Limits.MessageLength);

        // The dispatcher claims unsent messages by their next attempt.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
