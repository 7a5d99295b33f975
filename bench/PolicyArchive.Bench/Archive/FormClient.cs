using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PolicyArchive.Bench.Archive;

/// <summary>
/// A person at a browser, without the browser: reads a page, fills its real form (hidden antiforgery token and every
/// other field the page sends) with typed values, posts it as the form says (multipart or urlencoded), keeps cookies.
/// </summary>
public sealed class FormClient : IDisposable
{
    private readonly HttpClient _client;

    public FormClient(Uri baseAddress)
    {
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        var response = await SubmitAsync("/account/login", "main form button[type=submit]",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Logging in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    /// <summary>GETs <paramref name="path"/>, then posts the form holding <paramref name="button"/> as if it was pressed.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string button, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        using var get = await _client.GetAsync(path, cancellationToken);
        get.EnsureSuccessStatusCode();
        var html = await get.Content.ReadAsStringAsync(cancellationToken);
        using var context = BrowsingContext.New(Configuration.Default);
        using var page = await context.OpenAsync(r => r.Content(html).Address(get.RequestMessage!.RequestUri!), cancellationToken);
        var pressed = page.QuerySelector(button) ?? throw new InvalidOperationException($"No {button} on {path}.");
        var form = pressed.Closest("form") as IHtmlFormElement ?? throw new InvalidOperationException($"{button} on {path} is not in a form.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            string? value = element switch
            {
                IHtmlInputElement { Type: "submit" or "button" or "file" or "image" } => null,
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value ?? "on" : null,
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value,
                _ => null,
            };
            if (values.TryGetValue(name, out var typed))
            {
                value = typed;
            }

            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (pressed.GetAttribute("name") is { Length: > 0 } buttonName)
        {
            fields.Add(new(buttonName, pressed.GetAttribute("value") ?? string.Empty));
        }

        var action = new Uri(new Uri(page.Url), string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!);
        HttpContent content;
        if (string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in fields)
            {
                multipart.Add(new StringContent(value), key);
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }

        using (content)
        {
            return await _client.PostAsync(action, content, cancellationToken);
        }
    }

    public void Dispose() => _client.Dispose();
}
