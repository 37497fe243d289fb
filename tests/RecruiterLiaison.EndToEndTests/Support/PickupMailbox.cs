using System.Text.RegularExpressions;
using MimeKit;

namespace RecruiterLiaison.EndToEndTests.Support;

/// <summary>The e-mail the app wrote to its pickup folder, read as a person reads their inbox.</summary>
public sealed partial class PickupMailbox(string directory)
{
    /// <summary>Waits for a message to <paramref name="address"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string subject, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Messages().FirstOrDefault(m =>
                m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))
                && (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                var seen = string.Join("\n", Messages().Select(m => $"  to {m.To} : {m.Subject}"));
                throw new TimeoutException($"No e-mail to {address} about '{subject}' in {directory}. Seen:\n{seen}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The invitation link in a message's text, as the person would click it.</summary>
    public static Uri InvitationLink(MimeMessage message)
    {
        var text = message.TextBody ?? message.HtmlBody ?? "";
        var match = InvitationLinkPattern().Match(text);
        return match.Success ? new Uri(match.Value) : throw new InvalidOperationException($"No invitation link in:\n{text}");
    }

    private IEnumerable<MimeMessage> Messages() =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.eml").OrderBy(File.GetCreationTimeUtc).Select(path => MimeMessage.Load(path)).ToList()
            : [];

    [GeneratedRegex(@"https?://[^\s""<>]+/invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLinkPattern();
}
