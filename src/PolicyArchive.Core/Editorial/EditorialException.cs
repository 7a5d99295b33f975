namespace PolicyArchive.Core.Editorial;

/// <summary>An editorial action that cannot be done as asked (unknown document, a relation to itself...).
/// <see cref="Field"/> names the form field the message belongs next to, when there is one.</summary>
public sealed class EditorialException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
