using System.Globalization;

namespace PolicyArchive.Core.Editorial;

/// <summary>The editorial sentences with values in them that reach an editor (conflicts, deletions, withdrawals), in
/// English, as composite format strings. The site shows them in the interface's language by matching each against these
/// templates (which are also its resource keys), so a sentence written elsewhere would stay in English: add new ones here.
/// Each optional part has its own template, a template being matched as a whole.</summary>
public static class EditorialMessages
{
    public const string SavedMeanwhile = "Someone else saved this document while you were editing it (revision {0}).";
    public const string SavedMeanwhileBy = "Someone else saved this document while you were editing it (revision {0}, by {1} at {2} UTC).";
    public const string WithdrawnMeanwhile = "Someone else withdrew this document while you were editing it (by {0} at {1} UTC).";
    public const string WithdrawnMeanwhileWithReason = "Someone else withdrew this document while you were editing it (by {0} at {1} UTC; reason: “{2}”).";
    public const string ReinstatedMeanwhile = "Someone else reinstated this document while you were editing it (by {0} at {1} UTC).";
    public const string DeletedMeanwhile = "This document was deleted while you were editing it (by {0} at {1} UTC; reason: “{2}”).";
    public const string AlreadyWithdrawn = "This document is already withdrawn (on {0}; reason: “{1}”).";
    public const string AlreadyWithdrawnBy = "This document is already withdrawn (by {0} on {1}; reason: “{2}”).";
    public const string ConceptChangedMeanwhileBy = "Someone else changed this concept while you were editing it (by {0} at {1} UTC).";
    public const string ConceptRenamedMeanwhile = "Someone else renamed this concept to “{0}” while you were editing it (by {1} at {2} UTC).";
    public const string TagNameTooLong = "A tag name has at most {0} characters.";
    public const string TitleTooLong = "A title has at most {0} characters.";

    // A concept's lines of terms.
    public const string TermNotALanguage = "Line {0}: “{1}” is not one of the archive's languages ({2}). Begin the line with one, as “fr: term”; a name used in every language goes alone, or after “und:” if it has a colon of its own (“und: EU: AI Act”).";
    public const string TermMissing = "Line {0}: the term after “{1}:” is missing.";
    public const string TermTooLong = "Line {0}: a term has at most {1} characters (this one has {2}).";
    public const string TermRepeated = "Line {0}: “{1}” is already on line {2}.";

    /// <summary>Every template above, for the site's translations (and the test that each has one). Where two match one
    /// sentence equally, the first is taken: a value of <see cref="SavedMeanwhile"/> would also swallow "3, by … UTC".</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SavedMeanwhileBy, SavedMeanwhile, WithdrawnMeanwhile, WithdrawnMeanwhileWithReason, ReinstatedMeanwhile, DeletedMeanwhile,
        AlreadyWithdrawn, AlreadyWithdrawnBy, ConceptChangedMeanwhileBy, ConceptRenamedMeanwhile, TagNameTooLong, TitleTooLong,
        TermNotALanguage, TermMissing, TermTooLong, TermRepeated,
    ];

    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A moment as every editorial message writes it: ISO, to the minute, in UTC (the templates say "UTC").</summary>
    public static string Minute(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
