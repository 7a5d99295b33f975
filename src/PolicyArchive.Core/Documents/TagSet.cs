using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>Which tag a typed name means — the one rule for the editors' forms, ingestion, curation files and renames.
/// The tag of that very name; else the tag whose name is the same but for case, accents, spaces or punctuation (the same
/// slug by today's <see cref="Slugs"/>); else the tag a rename or merge made of that name (its old address); else a new
/// tag. A tag keeps the slug it was given, even by an earlier rule of <see cref="Slugs"/> ("🤖" once got "document"), so
/// its /browse/tag/… address never changes; a new name whose slug such a tag holds gets <see cref="Slugs.Distinct"/>
/// instead (<see cref="Slugs.FreeFor"/>), never the other tag.</summary>
public sealed class TagSet
{
    private readonly Dictionary<string, Tag> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> _byNameSlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> _byOldSlug = new(StringComparer.Ordinal);

    public TagSet(IEnumerable<Tag> tags, IEnumerable<(string Slug, int TagId)> oldSlugs)
    {
        foreach (var tag in tags) Remember(tag);
        var byId = _bySlug.Values.ToDictionary(t => t.Id);
        foreach (var (slug, tagId) in oldSlugs)
        {
            if (byId.TryGetValue(tagId, out var tag)) _byOldSlug.TryAdd(slug, tag);
        }
    }

    /// <summary>Every tag (tracked, so a caller may change them) and every old address.</summary>
    public static async Task<TagSet> LoadAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var tags = await db.Tags.ToListAsync(ct);
        var oldSlugs = await db.TagAliases.AsNoTracking().Select(a => new { a.Slug, a.TagId }).ToListAsync(ct);
        return new TagSet(tags, oldSlugs.Select(a => (a.Slug, a.TagId)));
    }

    /// <summary>What separates tags where several are typed in one field (the document form); a tag's name cannot hold it.</summary>
    public const char Separator = ',';

    /// <summary>Typed tag names as the store keeps them (<see cref="ArchiveText.Names"/>): a curation file's, a draft's or
    /// ingestion's "\u200B" or "\u0001\u0002" passed an IsNullOrWhiteSpace check and became a tag named nothing.</summary>
    public static IEnumerable<string> Names(IEnumerable<string?> typed) => ArchiveText.Names(typed);

    /// <summary>The tag <paramref name="name"/> means, or null when it names none yet.</summary>
    public Tag? Find(string name)
    {
        name = name.Trim();
        if (_byName.TryGetValue(name, out var same)) return same;
        var slug = Slugs.From(name);
        if (_byNameSlug.TryGetValue(slug, out var alike)) return alike;
        return _bySlug.ContainsKey(slug) ? null : _byOldSlug.GetValueOrDefault(slug);
    }

    /// <summary>The slug for a tag newly called <paramref name="name"/>: its own, unless another tag (not
    /// <paramref name="except"/>) has it or had it.</summary>
    public string SlugFor(string name, Tag? except = null) => Slugs.FreeFor(name, slug => IsTaken(slug, except));

    /// <summary>The tag <paramref name="name"/> means, or a new one (not yet added to the store: <c>Id</c> 0), which the
    /// set then knows, so the same name later in a batch finds it.</summary>
    public Tag For(string name)
    {
        if (Find(name) is { } tag) return tag;
        tag = new Tag { Name = name.Trim(), Slug = SlugFor(name) };
        Remember(tag);
        return tag;
    }

    private bool IsTaken(string slug, Tag? except) =>
        (_bySlug.TryGetValue(slug, out var t) && t != except) || (_byOldSlug.TryGetValue(slug, out var o) && o != except);

    private void Remember(Tag tag)
    {
        _byName.TryAdd(tag.Name, tag);
        _byNameSlug.TryAdd(Slugs.From(tag.Name), tag);
        _bySlug.TryAdd(tag.Slug, tag);
    }
}
