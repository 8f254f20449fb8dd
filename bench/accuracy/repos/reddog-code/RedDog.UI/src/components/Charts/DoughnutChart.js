// import { Doughnut, mixins } from 'vue-chartjs';
// // import { Doughnut } from '../BaseCharts'

// export default {
//     name: 'doughnut-chart',
//     extends: Doughnut,
//     mixins: [mixins.reactiveProp],
//     mounted () {

//         this.renderChart(
//             this.chartData,
//             this.extraOptions
//           );
//     // this.renderChart({
//     //   labels: ['Good', 'CouldBe'],
//     //   datasets: [
//     //     {
//     //         borderWidth:0,
//     //         // innerRadius:32,
//     //         // outerRadius:10,
//     //         radius:3,
//     //         // borderRadius:10,
//     //       backgroundColor: [
//     //           'transparent',
//     //           '#FFF'
//     //       ],
//     //       data: [20, 80]
//     //     }
//     //   ]
//     // }, {responsive: true, maintainAspectRatio: true, cutoutPercentage:80, borderRadius:20})
//   }
// }
