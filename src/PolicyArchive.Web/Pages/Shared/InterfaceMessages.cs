using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace PolicyArchive.Web.Pages.Shared;

/// <summary>Sentences the archive writes in English with values in them (search notices, editors' confirmations, form
/// errors raised by the editorial services) in the interface's language. Each known sentence is matched against its
/// template — which is also its resource key — and its values are put into the translation; a sentence is made of one
/// or more templates in a row. A sentence no template knows is shown as written.</summary>
public static class InterfaceMessages
{
    /// <summary>The translation of <paramref name="key"/> when there is one, else <paramref name="english"/>: for words the
    /// store writes in English whose key needs a prefix ("change:title") to stay apart from an interface word ("Title"),
    /// resource names being compared without regard to case.</summary>
    public static string Or(this IStringLocalizer l, string key, string english)
    {
        var found = l[key];
        return found.ResourceNotFound ? english : found.Value;
    }

    private static readonly string[] Templates =
    [
        // Search: every sentence the query parser and the search write, from the one list of them.
        .. PolicyArchive.Core.Search.SearchMessages.All,
        // Editorial services (Core): conflicts, deletions, withdrawals, the thesaurus's lines, from the one list of them.
        .. PolicyArchive.Core.Editorial.EditorialMessages.All,
        // Ingestion: every reason a file or a text is refused for, from the one list of them.
        .. PolicyArchive.Core.Ingestion.IngestionMessages.All,
        // Editors' pages.
        "Read \"{0}\". Check the title, authors, date and the other fields found in the file, then save.",
        "Saved as revision {0}.",
        "The text is larger than {0} KiB. Split it or shorten it.",
        "Concept “{0}” added with {1} terms.",
        "Concept “{0}” saved.",
        "Concept “{0}” deleted: its terms no longer expand searches.",
        "Account {0} created as {1}.",
        "{0} is locked and can no longer log in.",
        "{0} is unlocked.",
        "{0} is now {1}.",
        "Renamed to \"{0}\".",
        "Reload the page and try again.",
        "{0} flags marked as checked.",
        "Revision histories now show \"{0}\" for your changes.",
        "The title is longer than {0} characters.",
        "A saved search is already called \"{0}\".",
        "Saved \"{0}\".",
        "Removed \"{0}\".",
        // Editorial services (Core).
        "There is no document {0} in the archive.",
        "The tag \"{0}\" already has this name: merge the two instead.",
        "A label has at most {0} characters.",
        "A key has at most {0} characters.",
        "Another concept already has the key “{0}”.",
        "Notes have at most {0} characters.",
        "The publication has at most {0} characters.",
        "The web address has at most {0} characters.",
        "A note has at most {0} characters.",
        "Each author's name has at most {0} characters; separate authors with semicolons.",
        "Each tag has at most {0} characters; separate tags with commas.",
        "A reason has at most {0} characters.",
        "Line {0}: “{1}” has no word a search can match.",
        "Line {0}: a term has at most {1} words; searches never match a longer one.",
        "Line {0}: “{1}” already names the concept “{2}” ({3}).",
    ];

    private static readonly (string Template, Regex Pattern)[] Patterns = Templates
        .Select(t => (t, new Regex("^" + Regex.Replace(Regex.Escape(t), @"\\\{(\d)}", "(.+?)") + "(?: |$)", RegexOptions.CultureInvariant)))
        .ToArray();

    public static string Translate(string? text, IStringLocalizer l)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var whole = l[text];
        if (!whole.ResourceNotFound) return whole.Value;
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > 0)
        {
            // The shortest match is the sentence itself: a value's lazy group can also stretch over the next sentences
            // ("“{0}” is not a date…" after "“site:” is not a field…").
            (string Template, Match Match)? best = null;
            foreach (var (template, pattern) in Patterns)
            {
                var m = pattern.Match(rest);
                if (m.Success && (best is null || m.Length < best.Value.Match.Length)) best = (template, m);
            }
            if (best is { } found)
            {
                parts.Add(l[found.Template, found.Match.Groups.Cast<Group>().Skip(1).Select(g => (object)g.Value).ToArray()].Value);
                rest = rest[found.Match.Length..];
                continue;
            }
            // A fixed sentence followed by more: translate it up to its full stop, then go on.
            var stop = rest.IndexOf(". ", StringComparison.Ordinal);
            var sentence = stop < 0 ? rest : rest[..(stop + 1)];
            parts.Add(l[sentence].Value);
            rest = stop < 0 ? "" : rest[(stop + 2)..];
        }
        return string.Join(" ", parts);
    }
}

/// <summary>Puts every form error a page shows (data annotations, the page's own checks, the editorial services'
/// messages) into the interface's language, in one place, after the handler ran and before the page is written.</summary>
public sealed class LocalizedModelStateFilter(IStringLocalizer<SharedResource> l) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        foreach (var (key, entry) in executed.ModelState)
        {
            if (entry.Errors.Count == 0) continue;
            var messages = entry.Errors.Select(e => e.Exception is not null && string.IsNullOrEmpty(e.ErrorMessage) ? null : Translate(e.ErrorMessage)).ToList();
            if (messages.Any(m => m is null)) continue;
            entry.Errors.Clear();
            foreach (var m in messages) entry.Errors.Add(m!);
        }
    }

    private string Translate(string message) => InterfaceMessages.Translate(message, l);
}
