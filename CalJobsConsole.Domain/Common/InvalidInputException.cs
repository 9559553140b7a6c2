namespace CalJobsConsole.Domain.Common;

/// <summary>
/// Thrown when a factory or method is handed nonsense (an empty name, an e-mail without '@', an
/// attestation dated in the future). Names the field so a form can put the message beside it.
/// </summary>
public sealed class InvalidInputException : DomainException
{
    public InvalidInputException(string field, string message) : base($"{field}: {message}")
    {
        Field = field;
        Problem = message;
    }

    public string Field { get; }

    public string Problem { get; }
}
