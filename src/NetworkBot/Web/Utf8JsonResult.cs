namespace NetworkBot.Web;

/// <summary>
/// A JSON answer already written out as UTF-8 (a kept rendering handed to many requests): the bytes go out as they
/// are, with no re-encoding and no parsing of the content type on each request, as <c>Results.Text</c> would do.
/// </summary>
internal sealed class Utf8JsonResult(byte[] utf8Json, string contentType) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = utf8Json.Length;
        return response.Body.WriteAsync(utf8Json, 0, utf8Json.Length, httpContext.RequestAborted);
    }
}
