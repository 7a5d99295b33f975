using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Documents.CompiledModel;

namespace PolicyArchive.Tests.Documents;

/// <summary>The app starts on the generated compiled model (Documents/CompiledModel) instead of building the model at
/// every start; these fail when an entity or its configuration changed without scripts/regen-compiled-model.sh.</summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void Compiled_model_has_the_same_tables_columns_keys_and_indexes_as_the_configured_model()
    {
        using var db = Store();
        var configured = Tables(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.NotEmpty(configured);
        Assert.Equal(configured, Tables(ArchiveDbContextModel.Instance.GetRelationalModel()));
    }

    [Fact]
    public void Compiled_model_has_the_same_entities_properties_and_navigations_as_the_configured_model()
    {
        using var db = Store();
        var configured = Shape(db.GetService<IDesignTimeModel>().Model);

        Assert.NotEmpty(configured);
        Assert.Equal(configured, Shape(ArchiveDbContextModel.Instance));
    }

    /// <summary>The schema as SQL sees it; the migrations differ cannot read a compiled model, so this lists it.</summary>
    private static List<string> Tables(IRelationalModel model) => model.Tables
        .SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} null={c.IsNullable} default={c.DefaultValueSql ?? c.DefaultValue}")
            .Concat(t.UniqueConstraints.Select(u => $"{t.Name} unique {u.Name} ({string.Join(',', u.Columns.Select(c => c.Name))}) pk={u.GetIsPrimaryKey()}"))
            .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(',', i.Columns.Select(c => c.Name))}) unique={i.IsUnique} filter={i.Filter}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} ({string.Join(',', f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}")))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static ArchiveDbContext Store() => new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite("Data Source=:memory:").Options);

    /// <summary>What the relational diff does not see: CLR types, nullability, value conversions and navigations.</summary>
    private static List<string> Shape(IModel model) => model.GetEntityTypes()
        .SelectMany(e => e.GetProperties().Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name} null={p.IsNullable} conv={p.GetValueConverter()?.GetType().Name} max={p.GetMaxLength()}")
            .Concat(e.GetNavigations().Select(n => $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name} many={n.IsCollection}"))
            .Concat(e.GetSkipNavigations().Select(n => $"{e.Name}.{n.Name} => {n.TargetEntityType.Name}")))
        .Order(StringComparer.Ordinal)
        .ToList();
}
