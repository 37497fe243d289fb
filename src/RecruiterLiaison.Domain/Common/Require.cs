namespace RecruiterLiaison.Domain.Common;

/// <summary>
/// The checks domain methods share for text they store. Validators report the same limits
/// beside the field first; these make an invalid record impossible whoever calls.
/// </summary>
public static class Require
{
    public static string Text(string? value, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            throw new DomainException($"{what} is 1 to {maxLength} characters.");
        }

        return value.Trim();
    }

    public static string? Optional(string? value, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Trim().Length > maxLength)
        {
            throw new DomainException($"{what} is at most {maxLength} characters.");
        }

        return value.Trim();
    }

    /// <summary>A plausible address (something@something); delivery is the real test.</summary>
    public static string Email(string? value)
    {
        var email = Text(value, Limits.EmailLength, "An e-mail address");
        var at = email.IndexOf('@');
        if (at <= 0 || at == email.Length - 1 || email.Contains(' '))
        {
            throw new DomainException($"'{email}' is not an e-mail address.");
        }

        return email;
    }
}
