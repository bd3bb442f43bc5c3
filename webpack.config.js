/**
 * Builds two pages from one code base:
 *   taskpane.html   the Word task pane (loads Office.js from Microsoft's CDN, the only network load)
 *   playground.html the same task pane over an in-browser document, no Office.js at all
 *
 *   npm run build        production build into dist/ (THETHUC_PUBLIC_URL=https://host/path/ rewrites the manifest)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs certificates (Word sideloading)
 *   npm start            on Linux: the playground over plain http://localhost:3000 (see scripts/start.js)
 */
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls } = require('./scripts/publicUrl');
const { contentSecurityPolicy } = require('./scripts/csp');

const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEFAULT_PORT = 3000;

/** Page shell; the React code mounts into #root. The CSP meta tag comes first so it covers every load. */
function pageHtml({ title, loadOfficeJs }) {
  const officeScript = loadOfficeJs ? `\n    <script src="${OFFICE_JS_URL}"></script>` : '';
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ officeJs: loadOfficeJs })}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" type="image/png" sizes="32x32" href="assets/icon-32.png" />
    <title>${title}</title>${officeScript}
  </head>
  <body>
    <div id="root"></div>
    <noscript>Thể thức cần JavaScript. / Thể thức needs JavaScript.</noscript>
  </body>
</html>
`;
}

async function devServerOptions(env) {
  const port = Number(env.port || process.env.THETHUC_PORT || DEFAULT_PORT);
  const common = {
    host: 'localhost',
    port,
    static: false,
    hot: false,
    liveReload: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    client: { overlay: { errors: true, warnings: false } },
  };
  if (env.playground) return { ...common, server: 'http' };
  // Word only loads add-ins over https; the certificates are created and trusted on first use.
  const devCerts = require('office-addin-dev-certs');
  try {
    return { ...common, server: { type: 'https', options: await devCerts.getHttpsServerOptions() } };
  } catch (error) {
    // E.g. Linux without sudo: serve a self-signed certificate the browser must be told to accept once.
    console.warn(
      `Thể thức: could not install the Office dev certificate (${error.message.split('\n')[0]}).\n` +
        `  Serving https with a self-signed certificate: open https://localhost:${port}/taskpane.html once and accept it.`,
    );
    return { ...common, server: 'https' };
  }
}

/**
 * @param {{ playground?: boolean, port?: string, WEBPACK_SERVE?: boolean }} env  from `--env`
 * @param {{ mode?: 'development' | 'production' }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const publicUrl = process.env.THETHUC_PUBLIC_URL;

  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval', in development too.
    devtool: production ? false : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                // Office's current webviews (Edge WebView2, Safari WKWebView) run ES2020; no IE11 polyfills.
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/,
            name: 'fluent',
            priority: 20,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      // Fluent UI alone is several hundred KiB; warn when a page's first load grows well beyond that.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 768 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: pageHtml({ title: 'Thể thức', loadOfficeJs: true }),
      }),
      new HtmlWebpackPlugin({
        filename: 'playground.html',
        chunks: ['playground'],
        templateContent: pageHtml({ title: 'Thể thức — playground', loadOfficeJs: false }),
      }),
      // The site's root opens the playground too (a static host serves index.html for "/").
      new HtmlWebpackPlugin({
        filename: 'index.html',
        chunks: ['playground'],
        templateContent: pageHtml({ title: 'Thể thức — playground', loadOfficeJs: false }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          publicUrl
            ? {
                from: 'manifest.xml',
                to: 'manifest.xml',
                transform: (content) => rewriteManifestUrls(content.toString('utf8'), publicUrl),
              }
            : { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE || env.devServer ? await devServerOptions(env) : undefined,
  };
};
