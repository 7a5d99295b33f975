using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PolicyArchive.Web.Tests.Pages.Admin.Support;

/// <summary>A file to put in a form's file input.</summary>
public sealed record FormFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Complements the lead's HtmlForms for what it does not do: picks the form by the button pressed (with its formaction),
/// posts file inputs as multipart, ticks checkboxes by value. Reads a page with AngleSharp and posts one of its real forms,
/// with every field the browser would send (hidden antiforgery token included) plus the values a person types.</summary>
public static class PageForms
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode}, expected {(int)expected}");
        return await ParseAsync(response);
    }

    /// <summary>Posts the form that contains <paramref name="buttonSelector"/>, as if that button was pressed.</summary>
    /// <param name="urlEncoded">Posts a multipart form's fields url-encoded, as a script or a form without a file input would.</param>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string buttonSelector,
        IReadOnlyDictionary<string, string>? values = null, IReadOnlyDictionary<string, FormFile>? files = null, bool urlEncoded = false)
    {
        var button = page.QuerySelector(buttonSelector) as IHtmlElement
            ?? throw new InvalidOperationException($"No {buttonSelector} on {page.Url}");
        var form = button.Closest("form") as IHtmlFormElement ?? throw new InvalidOperationException($"{buttonSelector} is not in a form");
        var fields = Fields(form, values);
        if (button.GetAttribute("name") is { Length: > 0 } name) fields.Add((name, button.GetAttribute("value") ?? ""));
        var target = button.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction
            : string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        var action = new Uri(new Uri(page.Url), target);
        HttpContent content;
        if (!urlEncoded && string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in fields) multipart.Add(new StringContent(value), key);
            foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=file]"))
            {
                if (files is not null && files.TryGetValue(input.Name!, out var file))
                {
                    var part = new ByteArrayContent(file.Content);
                    part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
                    multipart.Add(part, input.Name!, file.FileName);
                }
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        }
        return client.PostAsync(action, content);
    }

    private static List<(string Key, string Value)> Fields(IHtmlFormElement form, IReadOnlyDictionary<string, string>? values)
    {
        var fields = new List<(string Key, string Value)>();
        var used = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            string? value = element switch
            {
                IHtmlInputElement { Type: "submit" or "button" or "file" or "image" } => null,
                IHtmlInputElement { Type: "checkbox" or "radio" } box => values?.TryGetValue(name, out var v) == true
                    ? (v == (box.Value ?? "on") ? v : null)
                    : box.IsChecked ? box.Value ?? "on" : null,
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value,
                _ => null,
            };
            if (element is IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit" or "button" or "file" or "image") } or IHtmlTextAreaElement or IHtmlSelectElement
                && values is not null && values.TryGetValue(name, out var typed))
                value = typed;
            if (value is null) continue;
            fields.Add((name, value));
            used.Add(name);
        }
        if (values is not null)
        {
            foreach (var (key, value) in values.Where(v => !used.Contains(v.Key) && !form.Elements.Any(e => e.GetAttribute("name") == v.Key)))
                fields.Add((key, value));
        }
        return fields;
    }

    public static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var page = await GetAsync(client, "/account/login");
        var response = await SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {email} answered {(int)response.StatusCode}");
    }

    /// <summary>Follows a redirect answer and parses the page it leads to.</summary>
    public static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently,
            $"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await GetAsync(client, response.Headers.Location!.ToString());
    }

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No {selector} on {page.Url}");
}
