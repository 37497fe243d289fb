using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Dashboard.GetRecruiterDashboard;
using RecruiterLiaison.Application.Notifications.GetNotifications;
using RecruiterLiaison.Application.Notifications.MarkNotificationsRead;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>The caller's own notifications, and the recruiter's dashboard figures.</summary>
internal static class NotificationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/notifications", ListAsync).Answers<Paged<NotificationView>>().Refuses(400)
            .WithDescription("The caller's notifications, newest first; `link` is the page in the web app.");
        api.MapPost("/notifications/read", MarkReadAsync).Answers<NotificationsRead>()
            .WithDescription("Marks all of the caller's notifications read.");
        api.MapGet("/dashboard", DashboardAsync).RequireAuthorization(nameof(Role.Recruiter))
            .Answers<RecruiterDashboard>().Refuses(403)
            .WithDescription("The recruiter's figures: notes waiting for review, the oldest since when, and feedback windows past due.");
    }

    public sealed record NotificationsRead(int Marked);

    private static async Task<IResult> ListAsync(int? page, int? pageSize, HttpContext http, GetNotificationsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    private static async Task<IResult> MarkReadAsync(HttpContext http, MarkNotificationsReadHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(new NotificationsRead(await handler.HandleAsync(http.User.RequireCurrentUser(), cancellationToken)));

    private static async Task<IResult> DashboardAsync(HttpContext http, GetRecruiterDashboardHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), cancellationToken));
}
