namespace PolicyArchive.Core.Ingestion;

/// <summary>Input that cannot become a document (empty, binary, undecodable...). The message is for a person.</summary>
public sealed class IngestionRejectedException(string message) : Exception(message);
