namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// The spelling engine or a dictionary it needs is not installed on this machine. A setup fault,
/// not a fault in a note: the message says what to install.
/// </summary>
public sealed class SpellingUnavailableException(string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException);
