// Starts s3rver on a free port of the loopback address, keeping its objects in the folder given, with the buckets named
// after it; prints "port N" once it listens and stops when its standard input closes (the test process ended).
import S3rver from 's3rver';

const [directory, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory,
  silent: true,
  configureBuckets: buckets.map(name => ({ name })),
});
const address = await server.run();
process.stdout.write(`port ${address.port}\n`);
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
process.stdin.resume();
