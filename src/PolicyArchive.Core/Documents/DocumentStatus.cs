namespace PolicyArchive.Core.Documents;

public enum DocumentStatus
{
    Published = 0,

    /// <summary>Withdrawn by an editor with a public reason: the permalink answers 410 and the text leaves search.</summary>
    Withdrawn = 1,
}
