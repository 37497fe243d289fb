using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Etiquette.Dictionary;

public sealed record DictionaryView(string SpellingLocale, IReadOnlyList<DictionaryWord> Words);

public sealed record DictionaryWord(Guid Id, string Word, string AddedBy, DateTimeOffset AddedAt);

/// <summary>The agency's own words, which the spelling check accepts; recruiters and admins keep it.</summary>
public sealed class GetDictionaryHandler(IAppDbContextFactory contexts)
{
    public async Task<DictionaryView> HandleAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var locale = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.SpellingLocale).SingleAsync(cancellationToken);
        var words = await (
                from w in db.AgencyWords
                where w.AgencyId == user.AgencyId
                join u in db.Users on w.AddedByUserId equals u.Id into adders
                from u in adders.DefaultIfEmpty()
                orderby w.Word
                select new DictionaryWord(w.Id, w.Word, u == null ? "" : u.DisplayName, w.AddedAt))
            .ToListAsync(cancellationToken);
        return new DictionaryView(locale, words);
    }
}

public sealed class AddDictionaryWordHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CurrentUser user, string word, CancellationToken cancellationToken = default)
    {
        if (!user.IsStaff)
        {
            return Failure.NotFound("dictionary");
        }

        AgencyWord entry;
        try
        {
            entry = new AgencyWord(user.AgencyId, word, user.UserId, clock.GetUtcNow());
        }
        catch (DomainException exception)
        {
            return Failure.Field("word", exception.Message);
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        if (await db.AgencyWords.AnyAsync(w => w.AgencyId == user.AgencyId && w.Word == entry.Word, cancellationToken))
        {
            return Failure.Field("word", $"\"{entry.Word}\" is already in the dictionary.");
        }

        db.AgencyWords.Add(entry);
        db.Audit(user, "dictionary.word-added", nameof(AgencyWord), entry.Id, entry.Word, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}

public sealed class RemoveDictionaryWordHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(CurrentUser user, Guid wordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var entry = user.IsStaff
            ? await db.AgencyWords.SingleOrDefaultAsync(w => w.Id == wordId && w.AgencyId == user.AgencyId, cancellationToken)
            : null;
        if (entry is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(AgencyWord), wordId, "remove a dictionary word", clock.GetUtcNow());
            return Failure.NotFound("word");
        }

        db.AgencyWords.Remove(entry);
        db.Audit(user, "dictionary.word-removed", nameof(AgencyWord), entry.Id, entry.Word, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
