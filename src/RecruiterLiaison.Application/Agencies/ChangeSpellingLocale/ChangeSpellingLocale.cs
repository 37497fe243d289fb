using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Agencies;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Agencies.ChangeSpellingLocale;

/// <summary>The agency admin chooses US or British spelling for the etiquette check, or accepts either.</summary>
public sealed class ChangeSpellingLocaleHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(CurrentUser user, string locale, CancellationToken cancellationToken = default)
    {
        if (!user.Is(Role.AgencyAdmin))
        {
            return Failure.NotFound("agency");
        }

        await using var db = await contexts.CreateAsync(cancellationToken);
        var agency = await db.Agencies.SingleAsync(a => a.Id == user.AgencyId, cancellationToken);
        try
        {
            agency.UseSpellingLocale(locale);
        }
        catch (DomainException exception)
        {
            return Failure.Field("locale", exception.Message);
        }

        db.Audit(user, "agency.spelling-locale", nameof(Agency), agency.Id, locale, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return agency.SpellingLocale;
    }
}
