package web

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"strings"
	"time"
)

// contextKey is a custom type for context keys to avoid collisions
type contextKey string

const basePathContextKey contextKey = "basePath"

// GetBasePath retrieves the base path from the request context
func GetBasePath(r *http.Request) string {
	if bp, ok := r.Context().Value(basePathContextKey).(string); ok {
		return bp
	}
	return ""
}

// BasePathMiddleware detects and normalizes the base path from proxy headers.
// It checks X-Forwarded-Prefix header (set by nginx-ingress, traefik, etc.)
// and falls back to a configured base path. The middleware strips the prefix
// from the request path so handlers see normalized paths (e.g., /api/apps).
func BasePathMiddleware(configuredBasePath string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			basePath := ""

			if prefix := r.Header.Get("X-Forwarded-Prefix"); prefix != "" {
				basePath = strings.TrimSuffix(prefix, "/")
			}

			if basePath == "" && configuredBasePath != "" {
				basePath = strings.TrimSuffix(configuredBasePath, "/")
			}

			ctx := context.WithValue(r.Context(), basePathContextKey, basePath)
			r = r.WithContext(ctx)

			if basePath != "" && strings.HasPrefix(r.URL.Path, basePath) {
				r.URL.Path = strings.TrimPrefix(r.URL.Path, basePath)
				if r.URL.Path == "" {
					r.URL.Path = "/"
				}
			}

			next.ServeHTTP(w, r)
		})
	}
}

// LoggingMiddleware logs all HTTP requests
func LoggingMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()

		// Wrap response writer to capture status code
		wrapped := &responseWriter{ResponseWriter: w, statusCode: http.StatusOK}
		next.ServeHTTP(wrapped, r)

		logger.Infof("%s %s %d %v", r.Method, r.URL.Path, wrapped.statusCode, time.Since(start))
	})
}

type responseWriter struct {
	http.ResponseWriter
	statusCode int
}

func (rw *responseWriter) WriteHeader(code int) {
	rw.statusCode = code
	rw.ResponseWriter.WriteHeader(code)
}

// SecurityHeadersMiddleware adds security headers to all responses
func SecurityHeadersMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-XSS-Protection", "1; mode=block")
		w.Header().Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}

// CORSMiddleware adds CORS headers for API requests
func CORSMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only add CORS for API endpoints
		if strings.HasPrefix(r.URL.Path, "/api/") {
			w.Header().Set("Access-Control-Allow-Origin", "*")
			w.Header().Set("Access-Control-Allow-Methods", "GET, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")

			if r.Method == "OPTIONS" {
				w.WriteHeader(http.StatusOK)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// CacheControlMiddleware sets appropriate cache headers
func CacheControlMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path

		// Static assets with hash in filename - cache forever
		if strings.HasPrefix(path, "/static/") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else if strings.HasSuffix(path, ".js") || strings.HasSuffix(path, ".css") {
			// Other static files
			w.Header().Set("Cache-Control", "public, max-age=86400")
		} else if strings.HasPrefix(path, "/api/") {
			// API responses - no cache
			w.Header().Set("Cache-Control", "no-cache, no-store, must-revalidate")
		} else {
			// HTML and other files - short cache
			w.Header().Set("Cache-Control", "no-cache")
		}

		next.ServeHTTP(w, r)
	})
}

// GzipMiddleware compresses responses for clients that support it
func GzipMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Check if client accepts gzip
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}

		// Skip compression for small responses or already compressed content
		path := r.URL.Path
		if strings.HasSuffix(path, ".png") ||
			strings.HasSuffix(path, ".jpg") ||
			strings.HasSuffix(path, ".gif") ||
			strings.HasSuffix(path, ".ico") ||
			strings.HasSuffix(path, ".woff2") {
			next.ServeHTTP(w, r)
			return
		}

		gz := gzip.NewWriter(w)
		defer func() { _ = gz.Close() }()

		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Del("Content-Length") // Length will change

		gzWriter := &gzipResponseWriter{ResponseWriter: w, Writer: gz}
		next.ServeHTTP(gzWriter, r)
	})
}

type gzipResponseWriter struct {
	http.ResponseWriter
	io.Writer
}

func (grw *gzipResponseWriter) Write(b []byte) (int, error) {
	return grw.Writer.Write(b)
}

// ChainMiddleware chains multiple middleware together
func ChainMiddleware(handler http.Handler, middlewares ...func(http.Handler) http.Handler) http.Handler {
	for i := len(middlewares) - 1; i >= 0; i-- {
		handler = middlewares[i](handler)
	}
	return handler
}
