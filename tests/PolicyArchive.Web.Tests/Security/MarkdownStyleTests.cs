using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Rendered Markdown carries no style attribute, which the Content-Security-Policy would refuse: a table
/// column's alignment survives as a class.</summary>
public sealed class MarkdownStyleTests
{
    [Fact]
    public void A_table_column_alignment_is_a_class_and_no_style_attribute_is_left()
    {
        var html = new MarkdownRenderer().ToHtml("| Pays | Puces |\n|:--|--:|\n| France | 12 |\n");
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td class=\"align-right\">12</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">Pays</th>", html, StringComparison.Ordinal);
    }
}
