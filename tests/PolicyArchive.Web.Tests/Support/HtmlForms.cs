using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>Reads pages with AngleSharp and submits their real forms, so the antiforgery token and cookies go along as a browser's would.</summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return (IHtmlDocument)document;
    }

    /// <summary>Fills the named fields of the page's form (the first, or the one matching the selector) and posts it with every other field as the page gave it.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, IDictionary<string, string> values, string formSelector = "main form", string? submitButtonSelector = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        foreach (var (name, value) in values)
        {
            var element = form.Elements.FirstOrDefault(e => e.GetAttribute("name") == name)
                ?? throw new InvalidOperationException($"The form has no field '{name}'.");
            switch (element)
            {
                case IHtmlInputElement input: input.Value = value; break;
                case IHtmlTextAreaElement area: area.Value = value; break;
                case IHtmlSelectElement select: select.Value = value; break;
                default: throw new InvalidOperationException($"Field '{name}' cannot be filled.");
            }
        }
        var submitter = submitButtonSelector is null ? null : form.QuerySelector<IHtmlElement>(submitButtonSelector);
        var submission = (submitter is null ? form.GetSubmission() : form.GetSubmission(submitter)) ?? throw new InvalidOperationException("The form gives no submission.");
        var target = submission.Target;
        var request = new HttpRequestMessage(new System.Net.Http.HttpMethod(submission.Method.ToString().ToUpperInvariant()), target.Href);
        if (submission.Body is { } body && submission.Method == AngleSharp.Io.HttpMethod.Post)
        {
            request.Content = new StreamContent(body);
            foreach (var header in submission.Headers)
            {
                if (header.Key.Equals(HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase))
                    request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        return client.SendAsync(request);
    }

    public static async Task<HttpClient> LoggedInClientAsync(this ArchiveAppFactory factory, string email = ArchiveAppFactory.AdminEmail, string password = ArchiveAppFactory.AdminPassword)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync("/account/login");
        var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login failed: {(int)response.StatusCode}");
        return client;
    }
}
