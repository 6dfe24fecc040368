using System.Text;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;

namespace NetworkBot.Core.Members;

/// <summary>
/// Draws the 47 prefectures on the tile grid of <c>prefectures.json</c> (14 rows × 13 columns) as monospace text.
/// Every cell is one full-width character, so the columns line up in any chat font: a prefecture with members shows
/// its initial (山, or Ｙ in English), one without shows ・, and the sea is an ideographic space.
/// </summary>
public static class PrefectureTileMap
{
    public const char Empty = '・';
    public const char Sea = '\u3000';

    public static string Render(IReadOnlyDictionary<string, int> countsByCode, Language language)
    {
        var rows = Prefectures.All.Max(p => p.TileRow) + 1;
        var columns = Prefectures.All.Max(p => p.TileColumn) + 1;
        var grid = new char[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++) grid[r, c] = Sea;
        }

        foreach (var prefecture in Prefectures.All)
        {
            var covered = countsByCode.GetValueOrDefault(prefecture.Code) > 0;
            grid[prefecture.TileRow, prefecture.TileColumn] = covered ? Initial(prefecture, language) : Empty;
        }

        var text = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            var line = new StringBuilder(columns);
            for (var c = 0; c < columns; c++) line.Append(grid[r, c]);
            text.Append(line.ToString().TrimEnd(Sea));
            if (r < rows - 1) text.Append('\n');
        }

        return text.ToString();
    }

    private static char Initial(Prefecture prefecture, Language language)
    {
        if (language != Language.En) return prefecture.NameJaShort[0];
        var letter = char.ToUpperInvariant(prefecture.NameEn[0]);
        return letter is >= 'A' and <= 'Z' ? (char)(letter - 'A' + 'Ａ') : letter;
    }
}
