using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class CurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("curation-").FullName;

    public CurationTests() => File.WriteAllText(Path.Combine(_dir, "a.txt"), "texte");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_seed_curation_file_loads_without_problems_for_all_five_seeds()
    {
        var result = CurationFile.Load(Path.Combine(SeedFiles.Directory, CurationFile.FileName));
        Assert.Empty(result.Problems);
        Assert.Equal(5, result.Entries.Count);
        Assert.Equal("On DeepSeek and Export Controls", result.Entries["001_20d0bc27540a3397.txt"].OriginalTitle);
        Assert.Equal(["Nathan Lambert"], result.Entries["003_50d4e848dd70f24a.txt"].Authors);
        Assert.Null(result.Entries["001_20d0bc27540a3397.txt"].Date);
    }

    [Fact]
    public void An_entry_naming_a_missing_file_is_reported_and_the_rest_goes_on()
    {
        var result = CurationFile.Parse("""{ "missing.txt": { "title": "X" }, "a.txt": { "title": "Bon titre" } }""", _dir);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("missing.txt", problem, StringComparison.Ordinal);
        Assert.Contains("does not exist", problem, StringComparison.Ordinal);
        Assert.Equal("Bon titre", result.Entries["a.txt"].Title);
    }

    [Fact]
    public void A_bad_date_or_relation_is_dropped_with_a_message_and_the_entry_kept()
    {
        var result = CurationFile.Parse("""{ "a.txt": { "title": "T", "date": "28/08", "relations": [ { "type": "likes", "target": "a.txt" }, { "type": "respondsTo", "target": "nope.txt" } ] } }""", _dir);
        Assert.Equal(3, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Contains("28/08", StringComparison.Ordinal));
        Assert.Null(result.Entries["a.txt"].Date);
        Assert.Empty(result.Entries["a.txt"].Relations!);
    }

    [Fact]
    public void Invalid_json_is_one_clear_problem() =>
        Assert.Contains("not valid JSON", Assert.Single(CurationFile.Parse("{ nope", _dir).Problems), StringComparison.Ordinal);

    [Fact]
    public void Curated_values_win_and_both_values_are_kept_as_provenance()
    {
        var extracted = new ExtractedSource
        {
            Title = "Titre extrait",
            Body = "corps",
            Language = "fr",
            Authors = ["Sriram Krishnan"],
            PublishedDate = new PartialDate(null, 8, 28),
        };
        var curated = new CurationEntry { Title = "Titre choisi", Date = "2025-08-28", Tags = ["puces", "Chine"], Publication = "X" };

        var merged = CurationMerger.Merge(extracted, curated);

        Assert.Equal("Titre choisi", merged.Source.Title);
        Assert.Equal(new PartialDate(2025, 8, 28), merged.Source.PublishedDate);
        Assert.Equal(["Sriram Krishnan"], merged.Source.Authors);
        Assert.Equal("X", merged.Source.Publication);
        Assert.Equal(["puces", "Chine"], merged.Tags);
        Assert.Contains(merged.Provenance, p => p is { Field: DocumentFields.Title, Source: FieldSource.Extracted, Value: "Titre extrait" });
        Assert.Contains(merged.Provenance, p => p is { Field: DocumentFields.Title, Source: FieldSource.Curated, Value: "Titre choisi" });
        Assert.Contains(merged.Provenance, p => p is { Field: DocumentFields.PublishedDate, Source: FieldSource.Extracted, Value: "--08-28" });
        Assert.Contains(merged.Provenance, p => p is { Field: DocumentFields.PublishedDate, Source: FieldSource.Curated, Value: "2025-08-28" });
        Assert.DoesNotContain(merged.Provenance, p => p is { Field: DocumentFields.Authors, Source: FieldSource.Curated });
    }

    [Fact]
    public void Without_curation_the_extracted_values_stand()
    {
        var extracted = new ExtractedSource { Title = "T", Body = "b", Language = "en" };
        var merged = CurationMerger.Merge(extracted, null);
        Assert.Equal(extracted, merged.Source);
        Assert.NotEmpty(merged.Provenance);
        Assert.All(merged.Provenance, p => Assert.Equal(FieldSource.Extracted, p.Source));
    }
}
