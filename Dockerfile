# syntax=docker/dockerfile:1
# dipgraph: build with the same command as CI (`make build`, see Makefile),
# run as a non-root user in a small static image.
#   docker build -t dipgraph .
#   docker run --rm -p 8080:8080 dipgraph            # sample corpus, embedded store
# With Neo4j: docker compose up (docker-compose.yml).

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN make build BIN=/out/dipgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/dipgraph /usr/local/bin/dipgraph
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/dipgraph"]
CMD ["serve", "--addr", ":8080"]
