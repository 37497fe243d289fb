namespace RecruiterLiaison.Domain.Common;

/// <summary>A state change the domain refuses: the message is safe to show to the user.</summary>
public sealed class DomainException(string message) : Exception(message);
