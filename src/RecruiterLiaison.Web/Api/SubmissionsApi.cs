using RecruiterLiaison.Application.Submissions.GetMySubmissions;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

internal static class SubmissionsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/submissions", async (HttpContext context, GetMySubmissionsHandler handler, CancellationToken cancellationToken) =>
        {
            var submissions = await handler.HandleAsync(context.User.RequireCurrentUser(), cancellationToken);
            return TypedResults.Ok(submissions.Select(s => new
            {
                s.Id,
                s.Candidate,
                s.Position,
                s.Client,
                Stage = s.Stage.ToString(),
                Interviews = s.Interviews.Select(i => new
                {
                    i.Id,
                    i.ScheduledAt,
                    Interviewers = i.Interviewers.Select(v => new { v.ContactId, v.Name, v.Title, v.Seniority }),
                }),
            }));
        });
}
