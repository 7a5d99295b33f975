namespace PolicyArchive.Core.Store;

/// <summary>The kinds of change the log records. A new kind of write adds its name here and calls <see cref="ChangeLog.Record"/>.</summary>
public static class ChangeKinds
{
    public const string Ingest = "ingest";
    public const string DocumentCreate = "document.create";
    public const string DocumentUpdate = "document.update";
    public const string DocumentWithdraw = "document.withdraw";
    public const string DocumentReinstate = "document.reinstate";
    public const string DocumentDelete = "document.delete";
    public const string RelationAdd = "relation.add";
    public const string RelationRemove = "relation.remove";
    public const string RelationCurated = "relation.curated";
    public const string TagRename = "tag.rename";
    public const string TagMerge = "tag.merge";
    public const string TagLabels = "tag.labels";
    public const string CollectionCreate = "collection.create";
    public const string CollectionUpdate = "collection.update";
    public const string ThesaurusCreate = "thesaurus.create";
    public const string ThesaurusUpdate = "thesaurus.update";
    public const string ThesaurusDelete = "thesaurus.delete";
    public const string ThesaurusSeed = "thesaurus.seed";
    public const string ExchangeImport = "exchange.import";

    /// <summary>A write that changed archive content without naming itself: the save hook records it so it is never lost.</summary>
    public const string Unnamed = "change";

    public static bool IsThesaurus(string kind) => kind.StartsWith("thesaurus.", StringComparison.Ordinal);
}
