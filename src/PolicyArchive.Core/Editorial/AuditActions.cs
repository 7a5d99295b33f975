using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>Names of the editorial actions written to the audit log.</summary>
public static class AuditActions
{
    public const string Create = "document.create";
    public const string Update = "document.update";
    public const string Withdraw = "document.withdraw";
    public const string Reinstate = "document.reinstate";
    public const string Delete = "document.delete";
    public const string IngestAdd = "ingest.add";
    public const string IngestUpdate = "ingest.update";
    public const string RelationAdd = "relation.add";
    public const string RelationRemove = "relation.remove";
    public const string TagRename = "tag.rename";
    public const string TagMerge = "tag.merge";
    public const string TagLabels = "tag.labels";
    public const string CollectionCreate = "collection.create";
    public const string CollectionUpdate = "collection.update";
    public const string CollectionItems = "collection.items";
    public const string AccountCreate = "account.create";
    public const string AccountLock = "account.lock";
    public const string AccountUnlock = "account.unlock";
    public const string AccountRole = "account.role";

    public static AuditEntry Entry(DateTime at, string user, string action, string? documentPublicId, string? details) =>
        new() { At = at, UserName = user, Action = action, DocumentPublicId = documentPublicId, Details = details };
}
