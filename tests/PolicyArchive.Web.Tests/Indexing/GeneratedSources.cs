using Microsoft.Data.Sqlite;

namespace PolicyArchive.Web.Tests.Indexing;

/// <summary>Source files that all share one rare word, so "does the index hold every stored document" is one search; and
/// what the store itself holds, read from its SQLite file.</summary>
public static class GeneratedSources
{
    public static string Write(string folder, int count, string sharedWord, int offset = 0)
    {
        Directory.CreateDirectory(folder);
        for (var i = offset; i < offset + count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"source-{i:D5}.txt"),
                $"Rapport {i} sur les puces\n\nCe rapport numéro {i} traite du {sharedWord} et des contrôles à l'exportation des puces avancées. "
                + $"Le texte {i} examine la politique industrielle, les fonderies et la coopération internationale, mot-clé unique texte{i}zz.");
        }
        return folder;
    }

    /// <summary>Published documents in the store whose body contains <paramref name="word"/>.</summary>
    public static long CountInStore(string dataDirectory, string word)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // Bodies are stored compressed (CompressedText): they are read back and searched here, not with LIKE.
        command.CommandText = "SELECT Body FROM Documents WHERE Status = 0";
        using var reader = command.ExecuteReader();
        var count = 0L;
        while (reader.Read())
        {
            if (PolicyArchive.Core.Documents.CompressedText.Unpack(reader.GetFieldValue<byte[]>(0)).Contains(word, StringComparison.Ordinal)) count++;
        }
        return count;
    }

    public static long PublishedInStore(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Documents WHERE Status = 0";
        return (long)command.ExecuteScalar()!;
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "pa-process", Guid.NewGuid().ToString("N"));

    public static void Remove(string directory)
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
