using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Infrastructure.Persistence.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.Version).IsXminRowVersion();
        builder.Property(n => n.DeliveredBody).HasMaxLength(Limits.NoteBodyLength);
        builder.Ignore(n => n.CurrentBody);
        builder.Ignore(n => n.CurrentVersion);
        builder.Ignore(n => n.LastReview);
        builder.HasOne<Submission>().WithMany().HasForeignKey(n => n.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interview>().WithMany().HasForeignKey(n => n.InterviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(n => n.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(n => n.RecipientContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Versions).WithOne().HasForeignKey(v => v.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Decisions).WithOne().HasForeignKey(d => d.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Versions).HasField("_versions");
        builder.Navigation(n => n.Decisions).HasField("_decisions");

        // The review queue reads pending notes of one agency, oldest first.
        builder.HasIndex(n => new { n.AgencyId, n.Status, n.SubmittedAt });
        builder.HasIndex(n => new { n.CandidateId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientContactId, n.Status });
    }
}

internal sealed class NoteVersionConfiguration : IEntityTypeConfiguration<NoteVersion>
{
    public void Configure(EntityTypeBuilder<NoteVersion> builder)
    {
        builder.ToTable("note_versions");
        builder.Property(v => v.Body).HasMaxLength(Limits.NoteBodyLength);
        builder.Property(v => v.Findings).HasColumnType("jsonb").HasConversion(FindingsJson.Converter, FindingsJson.Comparer);
        builder.HasIndex(v => new { v.NoteId, v.Number }).IsUnique();
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("review_decisions");
        builder.Property(d => d.Message).HasMaxLength(Limits.MessageLength);
        builder.Property(d => d.DeliveredBody).HasMaxLength(Limits.NoteBodyLength);
        builder.HasIndex(d => new { d.NoteId, d.At });
    }
}

internal sealed class ClientReplyConfiguration : IEntityTypeConfiguration<ClientReply>
{
    public void Configure(EntityTypeBuilder<ClientReply> builder)
    {
        builder.Property(r => r.Version).IsXminRowVersion();
        builder.Property(r => r.Body).HasMaxLength(Limits.NoteBodyLength);
        builder.Property(r => r.RelayedBody).HasMaxLength(Limits.NoteBodyLength);
        builder.HasOne<Note>().WithMany().HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientContact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.Status, r.CreatedAt });
    }
}
